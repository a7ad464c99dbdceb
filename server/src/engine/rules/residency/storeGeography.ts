import { ALL_EDITIONS, defineRule } from '../../rule';
import { liesWithin } from '../../geo/geographies';
import { holdsCustomerData, migration, migrationTarget, quote, stores } from '../../policy/model';

export const residencyStoreGeography = defineRule({
  meta: {
    id: 'residency/store-geography',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Storage locations (2018-05, 2020-09)',
    summary:
      "A store holding Customer Data whose geography lies neither within `residency.geography` nor within the migration's `targetGeography`; on `stores[i].geography`. Stores holding only telemetry are exempt.",
    rationale:
      'Intune respects the storage location the administrator elects for Customer Data at rest, so every store of Customer Data must lie within that location (or within the geography a configured migration moves the data to).',
    fix: "Set the store's geography to `residency.geography`.",
    fixPreferred: false,
  },
  check(ctx) {
    const electedValue = ctx.at('residency', 'geography');
    const elected = electedValue?.value as string | undefined;
    if (electedValue === undefined || elected === undefined) return;
    const target = migrationTarget(ctx);
    const all = stores(ctx);
    for (let i = 0; i < all.length; i++) {
      const store = all[i];
      if (!store.geography || !holdsCustomerData(store)) continue;
      const geography = store.geography.value as string;
      if (liesWithin(geography, elected) || (target !== undefined && liesWithin(geography, target))) continue;
      const allowed = target !== undefined ? `${quote(elected)} or the migration target ${quote(target)}` : quote(elected);
      const related = [ctx.relatedValue(electedValue, `The elected location: ${quote(elected)}`)];
      const targetValue = target !== undefined ? ctx.valid(migration(ctx), 'targetGeography') : undefined;
      if (targetValue) related.push(ctx.relatedValue(targetValue, `The migration target: ${quote(target)}`));
      ctx.reportValue(
        store.geography,
        `This store holds Customer Data in ${quote(geography)}, outside the elected location: it must lie within ${allowed}.`,
        ctx.fix(`Set to ${quote(elected)}`, false, ctx.fixes.setValue(store.geography.node, elected)),
        related,
      );
    }
  },
});
