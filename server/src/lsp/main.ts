/**
 * The tenant-privacy language server: LSP 3.17 over `--stdio` or node IPC (`--node-ipc`,
 * which is how the VS Code client starts it). Wiring only: each feature is a handler in
 * ./handlers, each handler calls the engine.
 */
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageWriter,
  TextDocuments,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Server } from './server';
import { keepTreesYoung } from '../v8Tuning';
import { FrameReader } from './transport/frameReader';
import { LifecycleGuard } from './transport/lifecycleGuard';
import { registerFeatures } from './handlers';

keepTreesYoung();

const connection = connect();
const documents = new TextDocuments(TextDocument);
const server = new Server(connection, documents);

registerFeatures(server);

// A failure nobody awaited is a bug to report, not a reason to stop serving.
process.on('unhandledRejection', (reason) =>
  connection.console.error(`Unhandled: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
);

documents.listen(connection);
connection.listen();

/**
 * The connection, behind the lifecycle guard (transport/lifecycleGuard.ts). Over stdio the
 * framing is read strictly (transport/frameReader.ts): a broken header ends the server with a
 * line on stderr and exit code 1, a body that is not JSON is answered with -32700. The server
 * exits when its client is gone: standard input ends or closes, the IPC channel disconnects, or
 * the parent process named by `initialize`'s `processId` dies (vscode-languageserver's watchdog).
 */
function connect(): Connection {
  const stderr = (line: string) => process.stderr.write(`privacy-lint language server: ${line}\n`);
  let reader: MessageReader;
  let writer: MessageWriter;
  let guard: LifecycleGuard;
  const exit = () => process.exit(guard?.shutdown ? 0 : 1);
  if (process.argv.includes('--stdio')) {
    writer = new StreamMessageWriter(process.stdout);
    reader = new FrameReader(process.stdin, {
      onBadFrame(reason) {
        stderr(`the client sent a broken message header (${reason}); closing.`);
        process.exit(1);
      },
      onBadJson: (reason) => guard.parseError(reason),
    });
    process.stdin.on('end', exit);
    process.stdin.on('close', exit);
    // A client gone while the server writes: nothing can be said any more.
    process.stdout.on('error', () => process.exit(1));
  } else if (process.argv.includes('--node-ipc') && process.send) {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
    process.on('disconnect', exit);
  } else {
    return createConnection(ProposedFeatures.all);
  }
  guard = new LifecycleGuard(reader, writer, stderr);
  return createConnection(ProposedFeatures.all, guard, writer);
}
