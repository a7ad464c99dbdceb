import { ALL_EDITIONS, defineRule } from '../../rule';
import { isCustomerData, quote, stores } from '../../policy/model';

export const storageTelemetrySeparation = defineRule({
  meta: {
    id: 'storage/telemetry-separation',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Storing personal data (2018-05); Storing customer data (2020-09)',
    summary: 'Customer Data in a "telemetry" store, or "telemetry" data in a store of another kind; on each such element of `data`.',
    rationale:
      "Telemetry (service and performance logs, errors) goes to the telemetry data stores; Customer Data is stored in the service's own storage. Keeping them apart keeps each under its own retention.",
    fix: 'Remove that element.',
    fixPreferred: true,
  },
  check(ctx) {
    const all = stores(ctx);
    for (let i = 0; i < all.length; i++) {
      const store = all[i];
      if (!store.kind) continue;
      const telemetryStore = store.kind.value === 'telemetry';
      const data = store.data;
      for (let j = 0; j < data.length; j++) {
        const element = data[j];
        const misplaced = telemetryStore ? isCustomerData(element.value) : element.value === 'telemetry';
        if (!misplaced) continue;
        const message = telemetryStore
          ? `Customer Data (${quote(element.value)}) must not be kept in a telemetry store.`
          : `Telemetry must be kept in a store of kind "telemetry", not in a store of kind ${quote(store.kind.value)}.`;
        ctx.reportValue(element, message, ctx.fix(`Remove ${quote(element.value)}`, true, ctx.fixes.remove(element.node)));
      }
    }
  },
});
