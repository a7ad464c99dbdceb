import * as assert from 'assert';
import type { MarkupContent } from 'vscode-languageserver-types';
import { lint, parseDocument, ruleById, type Edition } from '../../../server/src/engine';
import { doHover } from '../../../server/src/engine';
import { positionOf } from './helpers';

const TEXT = `{
  "policyEdition": "2020-09",
  "tenant": { "id": "t", "signupCountry": "CH", "subscription": "active" },
  "residency": {
    "geography": "europe",
    "migration": { "targetGeography": "switzerland", "requestPeriodEnds": "2027-02-28", "deadline": "2029-03-01" }
  },
  "retention": { "telemetry": "P4W", "auditLogs": 400 },
  "stores": [],
  // privacy-lint-disable-next-line processing/iso, not/a-rule -- certified next month
  "processing": { "isoCertified": false, "purposes": [] }
}`;

function hoverText(needle: string, edition: Edition = '2020-09', delta = 1, text = TEXT): string | undefined {
  const doc = parseDocument(text);
  const hover = doHover(doc, positionOf(doc, needle, delta), edition, lint(text).diagnostics);
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('language: hover', () => {
  it('on a key: description, type, required, default, allowed values, editions', () => {
    const text = hoverText('"subscription"')!;
    assert.match(text, /^\*\*tenant\.subscription\*\*/);
    assert.match(text, /Whether the tenant's subscription is active or has ended\./);
    assert.match(text, /- Type: string \(enumeration\)/);
    assert.match(text, /- Required: no/);
    assert.match(text, /- Default: `"active"`/);
    assert.match(text, /- Allowed values: `"active"`, `"ended"`/);
    assert.match(text, /- Editions: all/);
  });

  it('on a key required in one edition only, and one whose absence a rule reports', () => {
    assert.match(hoverText('"telemetry"')!, /- Required: in 2018-05; optional in 2020-09 \(its absence is reported by `retention\/telemetry`\)/);
    assert.match(hoverText('"targetGeography"')!, /- Editions: 2020-09/);
  });

  it("geography ids allowed are those of the file's edition", () => {
    assert.match(hoverText('"geography"', '2018-05')!, /Allowed values in 2018-05: `"northAmerica"`, `"europe"`, `"asiaPacific"`\n/);
    assert.match(hoverText('"geography"', '2020-09')!, /`"switzerland"`/);
  });

  it('on signupCountry: name and home geography in the edition', () => {
    assert.match(hoverText('"CH"')!, /\*\*Switzerland\*\* \(CH\): home geography `switzerland` in edition 2020-09 \(macro geography `europe`\)/);
    assert.match(hoverText('"CH"', '2018-05')!, /home geography `europe` in edition 2018-05/);
  });

  it('on a duration: its days', () => {
    assert.match(hoverText('"P4W"')!, /`"P4W"` is \*\*28 days\*\*/);
  });

  it('on migration.deadline and requestPeriodEnds: the latest allowed date (last day of the month when needed)', () => {
    assert.match(hoverText('"2029-03-01"')!, /Latest allowed deadline: \*\*2029-02-28\*\* \(24 months after the request period ends, 2027-02-28\)/);
    assert.match(hoverText('"2027-02-28"')!, /Latest allowed deadline: \*\*2029-02-28\*\*/);
  });

  it("on a value with a diagnostic: the rule's text from its metadata, for each rule on it", () => {
    const text = hoverText('400', '2020-09', 0)!;
    const meta = ruleById('retention/audit-logs')!.meta;
    assert.ok(text.includes(`**retention/audit-logs** (error; editions: all)`));
    for (const part of [meta.summary, meta.rationale, meta.policySection]) assert.ok(text.includes(part), part);
    assert.match(text, /\*\*400 days\*\*/);
    const deadline = hoverText('"2029-03-01"')!;
    assert.ok(deadline.includes(ruleById('migration/deadline')!.meta.rationale));
  });

  it('a suppressed diagnostic is not explained', () => {
    assert.doesNotMatch(hoverText('false')!, /processing\/iso/);
  });

  it('on a disable comment: the rules it names, and an unknown name as such', () => {
    const text = hoverText('privacy-lint-disable', '2020-09', 3)!;
    assert.match(text, /^Disables `processing\/iso`, `not\/a-rule` on the next line\./);
    assert.ok(text.includes(ruleById('processing/iso')!.meta.summary));
    assert.match(text, /\*\*not\/a-rule\*\*: not a rule id\./);
  });

  it('nothing on the whitespace between properties', () => {
    assert.strictEqual(hoverText('\n  "retention"', '2020-09', 1), undefined);
  });

  it('on an unknown key: the rule that reports it', () => {
    assert.match(hoverText('"colour"', '2020-09', 1, '{ "colour": 1 }')!, /\*\*schema\/unknown-property\*\* \(warning/);
  });
});
