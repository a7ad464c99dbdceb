/**
 * Random incremental edits of a document, as an editor sends them: inserts, deletions and
 * replacements at random positions, several changes in one notification (multi-cursor),
 * pastes of whole blocks, and now and then a full replacement. Positions never split a
 * surrogate pair or a CRLF (an editor cannot put the cursor there), and the document never
 * starts with U+FEFF (the server takes a leading one for a byte order mark, the CLI never
 * sees one in a file it reads: that case has its own test in test/server).
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Random } from './harness';

const TOKENS = [
  '"',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '//',
  '/*',
  '*/',
  '\\',
  'true',
  'false',
  'null',
  '0',
  '30',
  '-1',
  '1e3',
  '365',
  '0.5',
  '"P30D"',
  '"P2Y"',
  '"P1Y"',
  '"europe"',
  '"germany"',
  '"northAmerica"',
  '"asiaPacific"',
  '"DE"',
  '"us"',
  '"GB"',
  '"2020-09"',
  '"2018-05"',
  '"2026-06-30"',
  '"personal"',
  '"telemetry"',
  '"auditLogs"',
  '"sqlAzure"',
  '"Marketing"',
  '"tenant": ',
  '"stores": [',
  '"retention": {',
  '"auditLogs": ',
  '"telemetry": ',
  '"policyEdition": "2018-05",',
  '"geography": ',
  '"deletion": { "active": { "enabled": true } },',
  '"purgeWithinDays": 90',
  '// privacy-lint-disable-next-line retention/audit-logs -- reviewed\n',
  '// privacy-lint-disable-next-line schema/unknown-property\n',
  '/* privacy-lint-disable-file residency/store-geography -- ok; expires 2020-01-01 */',
  '😀',
  '𝄞',
  '🇩🇪',
  'é',
  '中',
  '\u2028',
  '\u00a0',
  '\\u0041',
  'displayName',
  'x',
];

const BLOCKS = [
  '{ "id": "blob-9", "kind": "azureStorage", "geography": "northAmerica", "data": ["auditLogs", "personal"] },\n',
  '\n  "processing": { "isoCertified": false, "purposes": ["serviceDelivery", "ads"] },\n',
  '"migration": { "targetGeography": "germany", "requestPeriodEnds": "2026-06-30", "deadline": "2030-01-01", "acceptsMinimalDataLoss": true, "acceptsReconfiguration": true },',
  '// A comment line with an emoji 🔒 and a CRLF\r\n',
];

export interface EditKinds {
  insert: number;
  delete: number;
  replace: number;
  multi: number;
  paste: number;
  full: number;
}

export function newKinds(): EditKinds {
  return { insert: 0, delete: 0, replace: 0, multi: 0, paste: 0, full: 0 };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The nearest offset at or before `offset` where a cursor can be. */
export function cursorOffset(text: string, offset: number): number {
  let o = Math.max(0, Math.min(offset, text.length));
  while (o > 0 && o < text.length && ((text[o - 1] === '\r' && text[o] === '\n') || (isHigh(text.charCodeAt(o - 1)) && isLow(text.charCodeAt(o))))) o--;
  return o;
}

function snippet(random: Random): string {
  const parts = random.between(1, 3);
  let s = '';
  for (let i = 0; i < parts; i++) s += random.chance(0.1) ? String.fromCharCode(random.between(0x20, 0x7e)) : random.pick(TOKENS);
  return s;
}

/**
 * The changes of one `didChange` notification against `document`, applied in order (each
 * against the text the previous ones left), and the text after them.
 */
export function randomChanges(
  random: Random,
  document: TextDocument,
  kinds: EditKinds,
  options: { maxLength: number; fullTexts: readonly string[] },
): { changes: TextDocumentContentChangeEvent[]; text: string } {
  // TextDocument.update changes the document it is given: work on a copy.
  let current = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
  const changes: TextDocumentContentChangeEvent[] = [];
  const roll = random.next();
  const count = roll < 0.05 ? random.between(2, 4) : 1;
  if (count > 1) kinds.multi++;
  for (let i = 0; i < count; i++) {
    const text = current.getText();
    let change: TextDocumentContentChangeEvent;
    const r = random.next();
    if (count === 1 && r < 0.005) {
      kinds.full++;
      change = { text: random.pick(options.fullTexts) };
    } else {
      const start = cursorOffset(text, random.int(text.length + 1));
      let end = start;
      let newText = '';
      const tooLong = text.length > options.maxLength;
      if (tooLong || r < 0.3) {
        kinds.delete++;
        end = Math.max(start, cursorOffset(text, start + (tooLong ? random.between(50, 400) : random.between(1, 12))));
      } else if (r < 0.55) {
        kinds.replace++;
        end = Math.max(start, cursorOffset(text, start + random.between(1, 8)));
        newText = snippet(random);
      } else if (r < 0.58) {
        kinds.paste++;
        newText = random.pick(BLOCKS);
      } else {
        kinds.insert++;
        newText = snippet(random);
      }
      change = { range: { start: current.positionAt(start), end: current.positionAt(end) }, text: newText };
    }
    current = TextDocument.update(current, [change], current.version);
    if (current.getText().startsWith('\uFEFF')) {
      // Undo a change that made the text start with U+FEFF (see the header): it is not sent.
      current = TextDocument.create(current.uri, current.languageId, current.version, text);
      continue;
    }
    changes.push(change);
  }
  if (!changes.length) {
    // Every draw was undone: type a space at the end instead.
    const end = current.positionAt(current.getText().length);
    changes.push({ range: { start: end, end }, text: ' ' });
    current = TextDocument.update(current, changes, current.version);
  }
  return { changes, text: current.getText() };
}
