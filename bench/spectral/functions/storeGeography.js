// Every store's geography equals the elected one (residency.geography).
export default function storeGeography(input) {
  const elected = input?.residency?.geography;
  const stores = input?.stores;
  if (typeof elected !== 'string' || !Array.isArray(stores)) return [];
  const results = [];
  stores.forEach((store, i) => {
    const geography = store?.geography;
    if (typeof geography === 'string' && geography !== elected) {
      results.push({ message: `Store geography "${geography}" is not the elected geography "${elected}".`, path: ['stores', i, 'geography'] });
    }
  });
  return results;
}
