import { ALL_EDITIONS, defineRule } from '../../rule';

export const processingIso = defineRule({
  meta: {
    id: 'processing/iso',
    editions: ALL_EDITIONS,
    severity: 'error',
    policySection: 'Processing personal data (2018-05, 2020-09)',
    summary: '`processing.isoCertified` is missing or false.',
    rationale:
      'Intune processes personal data with ISO certified systems. Certification is a fact about the systems, not a setting, so there is no fix: the file must describe certified processing.',
  },
  check(ctx) {
    const processing = ctx.at('processing');
    if (!processing) return;
    const certified = ctx.present(processing, 'isoCertified');
    if (!certified) {
      ctx.reportMissing(processing, 'The file does not say personal data is processed with ISO certified systems (`isoCertified`).');
    } else if (certified.valid && certified.value === false) {
      ctx.reportValue(certified, 'Personal data must be processed with ISO certified systems.');
    }
  },
});
