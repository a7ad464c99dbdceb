import { describeMessages, finding, offered, preferred } from '../../helpers/messages';

const IDS_2020 =
  '"northAmerica", "europe", "asiaPacific", "australia", "brazil", "canada", "france", "germany", "india", "japan", "korea", "norway", "southAfrica", "switzerland", "uae", "unitedKingdom"';

describeMessages('geography/unknown', [
  {
    name: 'a misspelt id: the geographies of the edition, the close one preferred',
    change: (c) => {
      c.residency.geography = 'Germny';
    },
    expect: [finding(['residency', 'geography'], `Unknown geography "Germny"; edition 2020-09 has ${IDS_2020}.`, preferred('Change to "germany"'))],
  },
  {
    name: 'two close ids: both offered, neither preferred, the closest first',
    change: (c) => {
      c.stores[1].geography = 'eure';
    },
    expect: [
      finding(
        ['stores', 1, 'geography'],
        `Unknown geography "eure"; edition 2020-09 has ${IDS_2020}.`,
        offered('Change to "europe"'),
        offered('Change to "uae"'),
      ),
    ],
  },
  {
    name: 'no close id: no fix',
    change: (c) => {
      c.residency.geography = 'mars';
    },
    expect: [finding(['residency', 'geography'], `Unknown geography "mars"; edition 2020-09 has ${IDS_2020}.`)],
  },
  {
    name: 'a local id in 2018-05: when it arrived, and its macro geography (not preferred)',
    from: '2018-05',
    change: (c) => {
      c.residency.geography = 'germany';
    },
    expect: [
      finding(
        ['residency', 'geography'],
        '"germany" is a local datacenter geography, which arrived in edition 2020-09; edition 2018-05 has "northAmerica", "europe", "asiaPacific".',
        offered('Change to its macro geography "europe"'),
      ),
    ],
  },
  {
    name: 'in 2018-05, an unknown id: the three macro geographies',
    from: '2018-05',
    change: (c) => {
      c.stores[2].geography = 'asiaPacifc';
    },
    expect: [
      finding(
        ['stores', 2, 'geography'],
        'Unknown geography "asiaPacifc"; edition 2018-05 has "northAmerica", "europe", "asiaPacific".',
        preferred('Change to "asiaPacific"'),
      ),
    ],
  },
]);
