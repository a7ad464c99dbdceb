import { ALL, describeRule } from '../../helpers/ruleTable';

const store = (id: string) => ({ id, kind: 'sqlAzure', geography: 'germany', data: ['personal'] });

describeRule({ id: 'stores/duplicate-id', severity: 'error', editions: ALL }, [
  {
    name: 'a store id used by an earlier store: on the later id, no fix',
    change: (c) => {
      c.stores[1].id = 'main-sql';
    },
    expect: [{ path: ['stores', 1, 'id'], at: 'value', message: /main-sql/ }],
    others: [],
  },
  {
    name: 'three stores with one id: on the second and the third',
    change: (c) => {
      c.stores.push(store('main-sql'), store('other'), store('main-sql'));
    },
    expect: [
      { path: ['stores', 2, 'id'], at: 'value' },
      { path: ['stores', 4, 'id'], at: 'value' },
    ],
    others: [],
  },
  {
    name: 'two pairs of duplicates',
    from: '2018-05',
    change: (c) => {
      c.stores[1].id = 'main-sql';
      c.stores.push({ ...c.stores[2] });
    },
    expect: [
      { path: ['stores', 1, 'id'], at: 'value' },
      { path: ['stores', 3, 'id'], at: 'value' },
    ],
    others: [],
  },
  {
    name: 'ids differing in case are distinct',
    change: (c) => {
      c.stores[1].id = 'Main-SQL';
    },
    expect: [],
    others: [],
  },
  {
    name: "an empty id is schema/type's and is not compared",
    change: (c) => {
      c.stores[0].id = '';
      c.stores[1].id = '';
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'an id of the wrong type is not compared',
    change: (c) => {
      c.stores[0].id = 1;
      c.stores.push(store('1'));
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'a store that is not an object does not count',
    change: (c) => {
      c.stores.splice(1, 0, 'main-sql');
    },
    expect: [],
    others: ['schema/type'],
  },
  {
    name: 'range counts UTF-16 code units',
    text: (t) => t.replace('"id": "logs"', '"id": /* 😀 */ «"main-sql"»'),
    expect: [{ path: ['stores', 1, 'id'], at: { marker: 0 } }],
    others: [],
  },
  { name: 'silent on distinct ids', expect: [] },
]);
