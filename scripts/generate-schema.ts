// Writes the JSON Schemas generated from the format metadata: `npm run schema`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMAT_SCHEMA_FILE, formatJsonSchema, renderSchema, SETTINGS_SCHEMA_FILE, settingsJsonSchema } from '../server/src/engine';

const root = path.resolve(__dirname, '../..');
for (const [file, schema] of [
  [FORMAT_SCHEMA_FILE, formatJsonSchema()],
  [SETTINGS_SCHEMA_FILE, settingsJsonSchema()],
] as const) {
  const target = path.join(root, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, renderSchema(schema));
  console.log(`wrote ${file}`);
}
