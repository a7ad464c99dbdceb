import { ALL, describeRule, offered } from '../../helpers/ruleTable';

// SPEC section 4: "every occurrence of a key after its first in one object" (on the key),
// fix "remove that occurrence"; section 4 also: "the last occurrence counts (as in JSON.parse)".
const remove = (piece: string) => ({ edit: (t: string) => t.replace(piece, '') });

describeRule({ id: 'schema/duplicate-key', severity: 'error', editions: ALL }, [
  {
    name: 'a key given twice: on the later key; the last occurrence counts (365, so no retention/audit-logs)',
    text: (t) => t.replace('"auditLogs": 365\n', '"auditLogs": 400,\n    «"auditLogs"»: 365\n'),
    expect: [
      {
        path: ['retention', 'auditLogs'],
        at: { marker: 0 },
        message: /auditLogs/,
        fixes: [offered(remove(',\n    "auditLogs": 365'))],
      },
    ],
    others: [],
  },
  {
    name: 'the later value counts: 365 then 400 gives retention/audit-logs on the 400',
    text: (t) => t.replace('"auditLogs": 365\n', '"auditLogs": 365,\n    «"auditLogs"»: 400\n'),
    expect: [{ path: ['retention', 'auditLogs'], at: { marker: 0 }, fixes: [offered(remove(',\n    "auditLogs": 400'))] }],
    others: ['retention/audit-logs'],
  },
  {
    name: 'three occurrences: every occurrence after the first',
    text: (t) => t.replace('"telemetry": 30,\n', '"telemetry": 10,\n    «"telemetry"»: 20, «"telemetry"»: 30,\n'),
    expect: [
      { path: ['retention', 'telemetry'], at: { marker: 0 }, fixes: [offered(remove(',\n    "telemetry": 20'))] },
      { path: ['retention', 'telemetry'], at: { marker: 1 }, fixes: [offered(remove(', "telemetry": 30'))] },
    ],
    others: [],
  },
  {
    name: 'policyEdition twice at the root: the last one decides the edition',
    from: '2018-05',
    text: (t) => t.replace('"policyEdition": "2018-05",\n', '"policyEdition": "2020-09",\n  «"policyEdition"»: "2018-05",\n'),
    expect: [{ path: ['policyEdition'], at: { marker: 0 }, fixes: [offered(remove('\n  "policyEdition": "2018-05",'))] }],
    checkedAs: '2018-05',
    others: [],
  },
  {
    name: 'a duplicated object: the earlier one is ignored (its bad values are not checked)',
    text: (t) => t.replace('"residency": {', '"residency": { "geography": "mars" },\n  «"residency"»: {'),
    expect: [{ path: ['residency'], at: { marker: 0 }, fixes: [offered(remove(',\n  "residency": {\n    "geography": "germany"\n  }'))] }],
    others: [],
  },
  {
    name: 'the range counts UTF-16 code units',
    text: (t) => t.replace('"id": "contoso",', '"id": "😀😀", «"id"»: "contoso",'),
    expect: [{ path: ['tenant', 'id'], at: { marker: 0 }, fixes: [offered(remove(', "id": "contoso"'))] }],
    others: [],
  },
  {
    name: 'nothing inside an unknown property is checked',
    text: (t) => t.replace('"stores": [', '"notes": { "a": 1, "a": 2 },\n  "stores": ['),
    expect: [],
    others: ['schema/unknown-property'],
  },
  {
    name: "in 2018-05 a migration is migration/edition's alone",
    from: '2018-05',
    text: (t) =>
      t.replace('"geography": "europe"\n  },', '"geography": "europe",\n    "migration": { "deadline": "2028-01-01", "deadline": "2029-01-01" }\n  },'),
    expect: [],
    others: ['migration/edition'],
  },
  {
    name: 'the same key in two different objects is not a duplicate',
    expect: [],
    others: [],
  },
]);
