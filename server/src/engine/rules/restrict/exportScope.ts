import { ALL_EDITIONS, defineRule } from '../../rule';
import { EXPORT_SCOPE } from '../../format/spec';
import { quote } from '../../policy/model';

export const restrictExportScope = defineRule({
  meta: {
    id: 'restrict/export-scope',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Restrict processing of personal data (2018-05)',
    summary:
      'Where `restrictProcessing` is present: `exportIncludes` lacks any of "accounts", "serviceData", "associatedLogs"; one diagnostic naming all missing.',
    rationale: "The electronic copy exported before deletion includes the user's accounts, service data and associated logs.",
    fix: 'Add the missing ones.',
    fixPreferred: true,
  },
  check(ctx) {
    const scope = ctx.at('restrictProcessing', 'exportIncludes');
    if (!scope || scope.items!.some((item) => !item.valid)) return;
    const present = new Set(scope.items!.map((item) => item.value as string));
    const missing = EXPORT_SCOPE.filter((part) => !present.has(part));
    if (!missing.length) return;
    ctx.reportValue(
      scope,
      `The export lacks ${missing.map(quote).join(', ')}; it must include accounts, service data and associated logs.`,
      ctx.fix(`Add ${missing.map(quote).join(', ')}`, true, ctx.fixes.appendToArray(scope.node, missing)),
    );
  },
});
