import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { renderRulesPage, withRulesTable } from './docs';
import { renderFormatPage } from './formatDocs';
import { withOptionsTable } from './optionDocs';

const root = join(__dirname, '..', '..');
writeFileSync(join(root, 'docs', 'rules.md'), renderRulesPage());
writeFileSync(join(root, 'docs', 'format.md'), renderFormatPage());
const readmePath = join(root, 'README.md');
writeFileSync(readmePath, withOptionsTable(withRulesTable(readFileSync(readmePath, 'utf8'))));
console.log('docs/rules.md, docs/format.md and the tables of rules and options in README.md are up to date.');
