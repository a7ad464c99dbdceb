// Seeded workload generator. Configs are built by walking the engine's format metadata
// (CONFIG in server/src/engine/format/spec.ts): every property the spec requires for the
// file's edition is written, optional ones some of the time, with realistic values chosen by
// path, then a few violations are planted. Nothing here is committed: it all goes to
// bench/.work/workloads/ and is regenerated when the generator, the spec or the seed change.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKLOADS } from './paths.mjs';

export const SEED = 20240606;
const SMALL_COUNTS = [500, 1000, 2000, 4000];
const LARGE_FACTORS = [1, 2, 4, 8];
export const LARGE_STORES = 50_000;
export const EDITOR_LINES = 10_000;

/** mulberry32: small, fast, good enough for workloads. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (list) => list[next.int(list.length)];
  next.chance = (p) => next() < p;
  next.subset = (list, min = 1) => {
    const out = list.filter(() => next.chance(0.5));
    while (out.length < min) {
      const v = next.pick(list);
      if (!out.includes(v)) out.push(v);
    }
    return list.filter((v) => out.includes(v));
  };
  return next;
}

const TENANT_NAMES = [
  'contoso',
  'fabrikam',
  'northwind',
  'woodgrove',
  'adatum',
  'litware',
  'tailspin',
  'wingtip',
  'proseware',
  'lucerne',
  'fourthcoffee',
  'alpineski',
  'margie',
  'relecloud',
  'trey',
  'wideworld',
];
const REGIONS = { northAmerica: ['eus', 'wus2', 'cus'], europe: ['weu', 'neu', 'gwc'], asiaPacific: ['sea', 'eas', 'aue'] };
const LONG_REGIONS = {
  northAmerica: ['eastus2', 'westus2', 'centralus'],
  europe: ['westeurope', 'northeurope', 'germanywestcentral'],
  asiaPacific: ['southeastasia', 'eastasia', 'australiaeast'],
};
const KIND_SHORT = { sqlAzure: 'sql', reliableCollections: 'rc', azureStorage: 'blob', telemetry: 'telemetry', other: 'misc' };
// Countries that realistic tenants sign up from; the rest of the table appears now and then.
const COMMON_COUNTRIES = ['US', 'DE', 'FR', 'GB', 'CA', 'BR', 'JP', 'AU', 'IN', 'NL', 'SE', 'CH', 'NO', 'ZA', 'AE', 'KR', 'SG', 'MX', 'ES', 'IT'];

export const pad = (n, w) => String(n).padStart(w, '0');
const uuid = (r) => {
  const h = () => pad(r.int(0x10000).toString(16), 4);
  return `${h()}${h()}-${h()}-4${h().slice(1)}-${'89ab'[r.int(4)]}${h().slice(1)}-${h()}${h()}${h()}`;
};
const date = (y, m, d) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

/**
 * Builds one config object from the spec. `ctx` carries the file's choices (edition,
 * country, elected geography, store count) so values agree with each other unless a
 * violation is planted on purpose.
 */
export function fromSpec(spec, r, ctx) {
  const byPath = {
    $schema: () => '../../../../dist/tenant-privacy.schema.json',
    policyEdition: () => ctx.edition,
    'tenant.id': () => uuid(r),
    'tenant.signupCountry': () => ctx.country,
    'tenant.subscription': () => (r.chance(0.9) ? 'active' : 'ended'),
    'residency.geography': () => ctx.home,
    'residency.migration.targetGeography': () => ctx.target,
    'residency.migration.requestPeriodEnds': () => date(2026, 1 + r.int(12), 1 + r.int(28)),
    'residency.migration.deadline': (obj) => {
      const [y, m] = obj.requestPeriodEnds.split('-').map(Number);
      const months = m + 6 + r.int(18);
      return date(y + Math.floor((months - 1) / 12), ((months - 1) % 12) + 1, 1 + r.int(28));
    },
    'residency.migration.additionalCost': () => 0,
    'retention.telemetry': () => r.pick([30, 'P30D', 'P4W', 90, 'P3M']),
    'retention.auditLogs': () => r.pick([365, 'P1Y', 'P12M', 180, 'P6M', 90]),
    'deletion.*.enabled': () => true,
    'deletion.*.purgeWithinDays': () => r.pick([30, 30, 14, 7]),
    'processing.isoCertified': () => true,
    'processing.purposes': () => r.subset(['serviceDelivery', 'support', 'security', 'legalCompliance']),
    'restrictProcessing.steps': () => ['export', 'delete'],
    'restrictProcessing.exportIncludes': () => ['accounts', 'serviceData', 'associatedLogs'],
    stores: () => Array.from({ length: ctx.storeCount }, (_, i) => store(spec, r, ctx, i)),
  };
  // Probability of writing an optional property.
  const optional = {
    $schema: 0.3,
    policyEdition: ctx.edition === '2020-09' ? 0.85 : 1,
    'tenant.subscription': 0.4,
    'tenant.dataResidencyRequired': 0.5,
    'residency.migration': ctx.target ? 1 : 0,
    'residency.migration.additionalCost': 0.3,
    'retention.telemetry': 0.7,
    'deletion.passive': 0.6,
    restrictProcessing: 0.7,
  };
  const walk = (value, keyPath) => {
    const key = keyPath.join('.');
    const generic = key.replace(/^deletion\.(active|passive)/, 'deletion.*');
    switch (value.type) {
      case 'object': {
        const obj = {};
        for (const [k, p] of Object.entries(value.properties)) {
          const childPath = [...keyPath, k];
          const childKey = childPath.join('.');
          if (p.onlyIn && !p.onlyIn.includes(ctx.edition)) continue;
          if (!spec.isRequired(p, ctx.edition) && !r.chance(optional[childKey] ?? 0.5)) continue;
          const make = byPath[childKey] ?? byPath[childKey.replace(/^deletion\.(active|passive)/, 'deletion.*')];
          obj[k] = make ? make(obj) : walk(p.value, childPath);
        }
        return obj;
      }
      case 'array':
        return value.items.type === 'enum' ? r.subset(value.items.values) : [walk(value.items, [...keyPath, 0])];
      case 'string':
        return `${ctx.tenant}-${keyPath.at(-1)}`;
      case 'enum':
        return r.pick(value.values);
      case 'edition':
        return ctx.edition;
      case 'country':
        return ctx.country;
      case 'geography':
        return ctx.home;
      case 'date':
        return date(2026, 1 + r.int(12), 1 + r.int(28));
      case 'boolean':
        return generic.startsWith('residency.migration.accepts') ? true : r.chance(0.5);
      case 'integer':
      case 'number':
        return value.minimum;
      case 'duration':
        return 'P30D';
      default:
        throw new Error(`generator: unknown value type ${value.type} at ${key}`);
    }
  };
  return walk(spec.CONFIG, []);
}

export function store(spec, r, ctx, i) {
  const telemetry = r.chance(0.15);
  const kind = telemetry ? 'telemetry' : r.pick(spec.STORE_KINDS.filter((k) => k !== 'telemetry' && k !== 'other'));
  const data = telemetry ? ['telemetry'] : r.subset([...spec.CUSTOMER_DATA]);
  const macro = ctx.macro;
  const big = ctx.storeCount >= 1000;
  const region = big ? r.pick(LONG_REGIONS[macro]) : r.pick(REGIONS[macro]);
  return {
    id: `${ctx.tenant}${big ? '-intune' : ''}-${KIND_SHORT[kind]}-${region}-${pad(i + 1, big ? 6 : 2)}`,
    kind,
    geography: telemetry && r.chance(0.3) ? r.pick(spec.MACRO_GEOGRAPHIES) : ctx.home,
    data,
  };
}

/** Violations, each a small edit of the object; a file gets one to three of them. */
export const VIOLATIONS = [
  (c) => {
    c.retention.auditLogs = 'P2Y';
  },
  (c) => {
    c.retention.auditLogs = 730;
  },
  (c) => {
    c.deletion.active.purgeWithinDays = 90;
  },
  (c, r, ctx) => {
    const s = c.stores[0];
    if (s) s.geography = ctx.otherMacro;
  },
  (c, r, ctx) => {
    const s = c.stores.at(-1);
    if (s) {
      s.geography = ctx.otherMacro;
      s.__comment = 'privacy-lint-disable-next-line residency/store-geography -- disaster-recovery replica approved by the DPO';
    }
  },
  (c) => {
    c.tenant.owner = 'privacy-office@example.com';
  },
  (c) => {
    c.tenant.signupCountry = c.tenant.signupCountry.toLowerCase();
  },
  (c) => {
    c.processing.purposes.push('marketing');
  },
  (c) => {
    c.processing.purposes.push('Profiling');
  },
  (c) => {
    const s = c.stores[1];
    if (s) s.kind = 'other';
  },
  (c) => {
    if (c.stores.length > 1) c.stores[1].id = c.stores[0].id;
  },
  (c) => {
    c.processing.isoCertified = false;
  },
  (c) => {
    const s = c.stores.find((x) => x.kind !== 'telemetry');
    if (s) s.data = ['telemetry', 'auditLogs'];
  },
  (c) => {
    const s = c.stores[0];
    if (s) s.geography = 'westEurope';
  },
  (c) => {
    if (c.restrictProcessing) c.restrictProcessing.steps = ['delete', 'export'];
    else c.processing.isoCertified = false;
  },
  (c) => {
    c.deletion.active.purgeWithinDays = '30';
  },
  (c) => {
    delete c.retention.auditLogs;
  },
  (c) => {
    if (c.restrictProcessing) c.restrictProcessing.exportIncludes = ['accounts'];
    else c.retention.auditLogs = 'P400D';
  },
];

export function fileContext(spec, r, edition, storeCount) {
  const country = r.chance(0.85) ? r.pick(COMMON_COUNTRIES) : r.pick(spec.allCountries()).code;
  const home = spec.homeGeography(country, edition);
  const macro = spec.MACRO_GEOGRAPHIES.includes(home) ? home : spec.LOCAL_GEOGRAPHIES.find((g) => g.id === home).inside;
  let target;
  if (edition === '2020-09' && home === macro && r.chance(0.25)) {
    const locals = spec.LOCAL_GEOGRAPHIES.filter((g) => g.inside === macro);
    target = locals.length ? r.pick(locals).id : undefined;
  }
  return {
    edition,
    country,
    home,
    macro,
    target,
    otherMacro: r.pick(spec.MACRO_GEOGRAPHIES.filter((g) => g !== macro)),
    tenant: r.pick(TENANT_NAMES),
    storeCount,
  };
}

/** The small workload's file `index`: the same text whatever the set size. */
export function smallConfig(spec, index) {
  const r = rng(SEED * 31 + index);
  const edition = index % 2 === 0 ? '2020-09' : '2018-05';
  const ctx = fileContext(spec, r, edition, 4 + r.int(4));
  const config = fromSpec(spec, r, ctx);
  const count = 1 + r.int(3);
  for (let k = 0; k < count; k++) r.pick(VIOLATIONS)(config, r, ctx);
  const comment = `// ${ctx.tenant[0].toUpperCase()}${ctx.tenant.slice(1)} tenant ${pad(index + 1, 5)} (${ctx.country}, edition ${edition}): Intune privacy configuration, owner privacy-office.`;
  return `${comment}\n${format(config, { inlineWidth: 130 })}\n`;
}

/** One config with `stores` stores, stores written one property a line (about 160 bytes each). */
export function largeConfig(spec, stores, seed = SEED) {
  const r = rng(seed);
  const ctx = fileContext(spec, r, '2020-09', 0);
  ctx.country = 'DE';
  ctx.home = 'europe';
  ctx.macro = 'europe';
  ctx.otherMacro = 'northAmerica';
  ctx.target = 'germany';
  ctx.tenant = 'contoso';
  const config = fromSpec(spec, r, ctx);
  config.stores = [];
  for (let i = 0; i < stores; i++) {
    const s = store(spec, r, { ...ctx, storeCount: stores }, i);
    const roll = r();
    if (roll < 0.01) s.geography = ctx.otherMacro;
    else if (roll < 0.012) {
      s.geography = ctx.otherMacro;
      s.__comment = 'privacy-lint-disable-next-line residency/store-geography -- replica approved (PRIV-1042)';
    } else if (roll < 0.017 && s.kind !== 'telemetry') s.data = ['telemetry', 'auditLogs'];
    else if (roll < 0.019) s.kind = 'other';
    else if (roll < 0.02 && i > 0) s.id = config.stores[i - 1].id;
    config.stores.push(s);
  }
  config.retention.auditLogs = 'P2Y';
  config.processing.purposes.push('marketing');
  return `// Contoso: every store of the tenant (generated by the bench, ${stores} stores).\n${format(config, { inlineWidth: 60 })}\n`;
}

/** A config of about `lines` lines, for the editor workload. */
export function editorConfig(spec, lines) {
  const probe = largeConfig(spec, 100, SEED + 1);
  const perStore = (probe.split('\n').length - largeConfig(spec, 0, SEED + 1).split('\n').length) / 100;
  const base = largeConfig(spec, 0, SEED + 1).split('\n').length;
  let stores = Math.round((lines - base) / perStore);
  let text = largeConfig(spec, stores, SEED + 1);
  while (text.split('\n').length < lines) text = largeConfig(spec, ++stores, SEED + 1);
  return text;
}

/**
 * Serializes like the samples: nested objects one property a line, arrays of scalars and
 * objects of scalars inline when they fit in `inlineWidth`; `__comment` on an object writes a
 * comment line before it.
 */
export function format(value, { inlineWidth }) {
  const scalar = (v) => v === null || typeof v !== 'object';
  const flat = (v) => (Array.isArray(v) ? v.every(scalar) : Object.values(v).every((x) => scalar(x) || (Array.isArray(x) && x.every(scalar))));
  const inline = (v) => {
    if (scalar(v)) return JSON.stringify(v);
    if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
    const entries = Object.entries(v).filter(([k]) => k !== '__comment');
    return entries.length ? `{ ${entries.map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`).join(', ')} }` : '{}';
  };
  const out = [];
  const emit = (v, indent, prefix, suffix) => {
    const pad = ' '.repeat(indent);
    if (!scalar(v) && v.__comment) out.push(`${pad}// ${v.__comment}`);
    if (scalar(v) || (flat(v) && indent > 2 && pad.length + prefix.length + inline(v).length <= inlineWidth) || (Array.isArray(v) && v.every(scalar))) {
      out.push(`${pad}${prefix}${inline(v)}${suffix}`);
      return;
    }
    const entries = Array.isArray(v) ? v.map((x) => [undefined, x]) : Object.entries(v).filter(([k]) => k !== '__comment');
    if (!entries.length) {
      out.push(`${pad}${prefix}${Array.isArray(v) ? '[]' : '{}'}${suffix}`);
      return;
    }
    out.push(`${pad}${prefix}${Array.isArray(v) ? '[' : '{'}`);
    entries.forEach(([k, x], i) => emit(x, indent + 2, k === undefined ? '' : `${JSON.stringify(k)}: `, i < entries.length - 1 ? ',' : ''));
    out.push(`${pad}${Array.isArray(v) ? ']' : '}'}${suffix}`);
  };
  emit(value, 0, '', '');
  return out.join('\n');
}

export const smallDir = (n) => path.join(WORKLOADS, `small-${n}`);
export const largeFile = (f) => path.join(WORKLOADS, `large-${f}x`, `large-${f}x.privacy.jsonc`);
const SPECTRAL_SMALL = 2000;
export const spectralSmallDir = () => path.join(WORKLOADS, 'spectral', `small-${SPECTRAL_SMALL}`);
export const spectralLargeFile = () => path.join(WORKLOADS, 'spectral', 'large-1x.privacy.json');
export const editorFile = () => path.join(WORKLOADS, 'editor', 'editor.privacy.jsonc');

/** Writes every workload unless the stamp says they are current. Returns a summary. */
export function generateAll(spec, log = console.log) {
  const self = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8');
  const stamp = crypto.createHash('sha256').update(self).update(spec.source).update(String(SEED)).digest('hex').slice(0, 16);
  const stampFile = path.join(WORKLOADS, '.stamp');
  const current = fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
  if (!current) {
    const t0 = Date.now();
    fs.rmSync(WORKLOADS, { recursive: true, force: true });
    const max = Math.max(...SMALL_COUNTS);
    const texts = Array.from({ length: max }, (_, i) => smallConfig(spec, i));
    for (const n of SMALL_COUNTS) {
      fs.mkdirSync(smallDir(n), { recursive: true });
      for (let i = 0; i < n; i++) fs.writeFileSync(path.join(smallDir(n), `tenant-${pad(i + 1, 5)}.privacy.jsonc`), texts[i]);
    }
    for (const f of LARGE_FACTORS) {
      fs.mkdirSync(path.dirname(largeFile(f)), { recursive: true });
      fs.writeFileSync(largeFile(f), largeConfig(spec, LARGE_STORES * f));
    }
    // spectral-cli reads every file as YAML: its copy has # comment lines instead of // ones.
    const yamlComments = (text) => text.replace(/^( *)\/\//gm, '$1#');
    fs.mkdirSync(spectralSmallDir(), { recursive: true });
    for (let i = 0; i < SPECTRAL_SMALL; i++) fs.writeFileSync(path.join(spectralSmallDir(), `tenant-${pad(i + 1, 5)}.privacy.json`), yamlComments(texts[i]));
    fs.writeFileSync(spectralLargeFile(), yamlComments(fs.readFileSync(largeFile(1), 'utf8')));
    fs.mkdirSync(path.dirname(editorFile()), { recursive: true });
    fs.writeFileSync(editorFile(), editorConfig(spec, EDITOR_LINES));
    fs.writeFileSync(stampFile, stamp);
    log(`  generated workloads in ${((Date.now() - t0) / 1000).toFixed(1)} s (seed ${SEED})`);
  } else {
    log(`  workloads are current (seed ${SEED}, stamp ${stamp})`);
  }
  return summarize();
}

export function summarize() {
  const dirBytes = (dir) => fs.readdirSync(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
  const small = {};
  for (const n of SMALL_COUNTS) small[n] = { dir: smallDir(n), files: n, bytes: dirBytes(smallDir(n)) };
  const large = {};
  for (const f of LARGE_FACTORS) large[f] = { file: largeFile(f), stores: LARGE_STORES * f, bytes: fs.statSync(largeFile(f)).size };
  const editorText = fs.readFileSync(editorFile(), 'utf8');
  return {
    small,
    large,
    editor: { file: editorFile(), lines: editorText.split('\n').length, bytes: Buffer.byteLength(editorText) },
    SMALL_COUNTS,
    LARGE_FACTORS,
  };
}
