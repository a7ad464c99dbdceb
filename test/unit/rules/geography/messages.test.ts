import { describeMessages } from '../../helpers/messages';

const IDS_2020 = '"northAmerica", "europe", "asiaPacific", "australia", "brazil", "canada", "france", "germany", "india", "japan", "korea", "norway", "southAfrica", "switzerland", "uae", "unitedKingdom"';

describeMessages('geography/unknown', [
  {
    name: 'a misspelt id: the geographies of the edition, the close one preferred',
    change: (c) => { c.residency.geography = 'Germny'; },
    expect: [{
      path: ['residency', 'geography'],
      message: `Unknown geography "Germny"; edition 2020-09 has ${IDS_2020}.`,
      fixes: [{ title: 'Change to "germany"', preferred: true }],
    }],
  },
  {
    name: 'two close ids: both offered, neither preferred, the closest first',
    change: (c) => { c.stores[1].geography = 'eure'; },
    expect: [{
      path: ['stores', 1, 'geography'],
      message: `Unknown geography "eure"; edition 2020-09 has ${IDS_2020}.`,
      fixes: [{ title: 'Change to "europe"', preferred: false }, { title: 'Change to "uae"', preferred: false }],
    }],
  },
  {
    name: 'no close id: no fix',
    change: (c) => { c.residency.geography = 'mars'; },
    expect: [{ path: ['residency', 'geography'], message: `Unknown geography "mars"; edition 2020-09 has ${IDS_2020}.` }],
  },
  {
    name: 'a local id in 2018-05: when it arrived, and its macro geography (not preferred)',
    from: '2018-05',
    change: (c) => { c.residency.geography = 'germany'; },
    expect: [{
      path: ['residency', 'geography'],
      message: '"germany" is a local datacenter geography, which arrived in edition 2020-09; edition 2018-05 has "northAmerica", "europe", "asiaPacific".',
      fixes: [{ title: 'Change to its macro geography "europe"', preferred: false }],
    }],
  },
  {
    name: 'in 2018-05, an unknown id: the three macro geographies',
    from: '2018-05',
    change: (c) => { c.stores[2].geography = 'asiaPacifc'; },
    expect: [{
      path: ['stores', 2, 'geography'],
      message: 'Unknown geography "asiaPacifc"; edition 2018-05 has "northAmerica", "europe", "asiaPacific".',
      fixes: [{ title: 'Change to "asiaPacific"', preferred: true }],
    }],
  },
]);
