import { defineRule } from '../../rule';

export const migrationEdition = defineRule({
  meta: {
    id: 'migration/edition',
    editions: ['2018-05'],
    severity: 'error',
    policySection: 'Data residency option (2020-09; absent from 2018-05)',
    summary: '`residency.migration` is present in a 2018-05 file; on `residency.migration`. Every other rule ignores it.',
    rationale: 'Migration to a local datacenter geography is an option the 2020-09 edition introduced; under 2018-05 it means nothing.',
    fix: 'Set `policyEdition` to "2020-09".',
    fixPreferred: false,
  },
  check(ctx) {
    const migration = ctx.present(ctx.at('residency'), 'migration');
    if (!migration) return;
    const root = ctx.root!;
    const edition = ctx.present(root, 'policyEdition');
    ctx.reportValue(
      migration,
      'A migration is configured, but migrations to a local datacenter geography exist only in edition 2020-09.',
      ctx.fix('Set "policyEdition" to "2020-09"', false, ctx.fixes.setOrInsert(root.node, 'policyEdition', edition?.node, '2020-09')),
    );
  },
});
