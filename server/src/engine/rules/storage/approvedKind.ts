import { defineRule } from '../../rule';
import { holdsCustomerData, stores } from '../../policy/model';

export const storageApprovedKind = defineRule({
  meta: {
    id: 'storage/approved-kind',
    editions: ['2018-05'],
    severity: 'error',
    policySection: 'Storing personal data (2018-05)',
    summary: 'A store of kind "other" holding Customer Data; on `stores[i].kind`.',
    rationale:
      'The 2018-05 edition names where non-telemetry data is stored: SQL Azure, Reliable Collections (Service Fabric) and Azure storage. Customer Data anywhere else is outside the policy.',
  },
  check(ctx) {
    const all = stores(ctx);
    for (let i = 0; i < all.length; i++) {
      const store = all[i];
      if (store.kind?.value === 'other' && holdsCustomerData(store)) {
        ctx.reportValue(
          store.kind,
          'Customer Data may only be stored in "sqlAzure", "reliableCollections" or "azureStorage" under edition 2018-05, not in a store of kind "other".',
        );
      }
    }
  },
});
