import type { Range, Severity } from '../types';
import type { DataMap, MacroArea, MapFinding, StoreEntry, TimelineEntry } from './model';
import { escapeHtml as esc } from './escape';

/**
 * Draws a data map as an HTML fragment: an SVG of the stores in their geographies, an SVG of
 * retention, deletion and migration against their limits, and beside each picture a table that
 * says the same in text (the pictures' text alternative), then the findings. One drawing for
 * the CLI's `--format html` and the editor's webview; the host page supplies the CSS
 * (style.ts) and, for the webview, the script that makes the `reveal` buttons work.
 * Every value from the file is escaped (escape.ts); no `style` attribute is written.
 */
export interface RenderOptions {
  /** Prefix of every id in the fragment, unique in the page (ids of titles, descriptions). */
  idPrefix: string;
  /** The heading level of the fragment's sections (2 to 6). */
  headingLevel: number;
  /**
   * Findings and stores as buttons that carry their range (`data-range="L:C:L:C"`, zero-based),
   * for a host that reveals them in an editor. Default: false (plain text, with line:column).
   */
  interactive?: boolean;
}

const WIDTH = 720;
const COLUMN_GAP = 12;
const COLUMN = (WIDTH - 2 * COLUMN_GAP) / 3;
const STORE_H = 36;
const CHAR_W = 6.6;

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export function renderDataMap(map: DataMap, options: RenderOptions): string {
  const h = Math.min(6, Math.max(2, options.headingLevel));
  const p = options.idPrefix;
  let out = `<div class="dm">`;
  out += `<h${h} id="${p}-geo-h">Where the data is</h${h}>`;
  out += geographySvg(map, p);
  out += storesTable(map, options);
  out += `<h${h} id="${p}-time-h">How long it is kept</h${h}>`;
  out += timelineSvg(map, p);
  out += timelineTable(map);
  out += `<h${h} id="${p}-find-h">Findings (${map.findings.length})</h${h}>`;
  out += renderFindings(map.findings, options);
  return `${out}</div>`;
}

// ---------------------------------------------------------------------------------------------
// geographies and stores

function roles(map: DataMap, id: string): string[] {
  const roles: string[] = [];
  if (map.elected === id) roles.push('elected');
  if (map.home?.geography === id) roles.push('home');
  if (map.migration?.target === id) roles.push('target');
  return roles;
}

const roleClasses = (list: readonly string[]) => list.map((r) => ` dm-${r}`).join('');

/** The text, escaped, cut with an ellipsis to about `width` pixels. */
function clip(text: string, width: number): string {
  const max = Math.max(4, Math.floor(width / CHAR_W));
  // Entities, not the characters: the page stays one byte a character (V8 strings, UTF-8 output).
  return text.length > max ? `${esc(text.slice(0, max - 1))}&#8230;` : esc(text);
}

function storeLabel(store: StoreEntry): string {
  return store.id ?? `stores[${store.index}]`;
}

/** One store's box at (x, y), `width` wide. */
function storeBox(store: StoreEntry, x: number, y: number, width: number): string {
  const outside = store.outside && store.customerData;
  let out = `<rect class="dm-store${outside ? ' dm-outside' : ''}" x="${x}" y="${y}" width="${width}" height="${STORE_H - 4}" rx="3"/>`;
  const flag = outside ? 'OUTSIDE ' : '';
  const count = store.findings.length ? ` (${store.findings.length} finding${store.findings.length === 1 ? '' : 's'})` : '';
  out += `<text class="dm-title" x="${x + 6}" y="${y + 13}">${clip(storeLabel(store), width - 12 - count.length * CHAR_W)}${count}</text>`;
  const detail = `${store.kind ?? '?'}: ${store.data.join(', ') || 'no data'}`;
  return `${out}<text x="${x + 6}" y="${y + 27}">${flag ? `<tspan class="dm-bad">${flag}</tspan>` : ''}<tspan class="dm-muted">${clip(detail, width - 12 - flag.length * CHAR_W)}</tspan></text>`;
}

/** Names of the local geographies a column lists without drawing them, wrapped to the column. */
function wrapNames(names: readonly string[], width: number): string[] {
  const max = Math.floor(width / CHAR_W);
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    const next = line ? `${line}, ${name}` : name;
    if (next.length > max && line) {
      lines.push(`${line},`);
      line = name;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A macro geography's column: its own stores, then its local geographies that matter, then the others by name. */
function column(map: DataMap, area: MacroArea, x: number, byGeography: ReadonlyMap<string, StoreEntry[]>): { svg: string; height: number } {
  const inner = COLUMN - 16;
  let body = '';
  let y = 8;
  const macroRoles = roles(map, area.id);
  body += `<text class="dm-title" x="${x + 8}" y="${y + 12}">${esc(area.id)}</text>`;
  y += 16;
  body += `<text class="dm-muted" x="${x + 8}" y="${y + 12}">${macroRoles.length ? `macro geography: ${macroRoles.join(', ')}` : 'macro geography'}</text>`;
  y += 20;
  for (const store of byGeography.get(area.id) ?? []) {
    body += storeBox(store, x + 8, y, inner);
    y += STORE_H;
  }
  const quiet: string[] = [];
  for (const local of area.locals) {
    const localRoles = roles(map, local.id);
    const held = byGeography.get(local.id) ?? [];
    if (!held.length && !localRoles.length) {
      quiet.push(local.id);
      continue;
    }
    const height = 22 + held.length * STORE_H + 4;
    body += `<rect class="dm-local${roleClasses(localRoles)}" x="${x + 8}" y="${y}" width="${inner}" height="${height}" rx="4"/>`;
    body += `<text x="${x + 14}" y="${y + 15}"><tspan class="dm-title">${esc(local.id)}</tspan><tspan class="dm-muted"> (${esc(local.country)})${localRoles.length ? ` ${localRoles.join(', ')}` : ''}</tspan></text>`;
    let sy = y + 22;
    for (const store of held) {
      body += storeBox(store, x + 14, sy, inner - 12);
      sy += STORE_H;
    }
    y += height + 6;
  }
  if (quiet.length) {
    for (const line of wrapNames(quiet, inner)) {
      body += `<text class="dm-muted" x="${x + 8}" y="${y + 12}">${esc(line)}</text>`;
      y += 15;
    }
  }
  const height = y + 8;
  const frame = `<rect class="dm-macro${roleClasses(macroRoles)}" x="${x}" y="0" width="${COLUMN}" height="${height}" rx="6"/>`;
  return { svg: frame + body, height };
}

function geographySvg(map: DataMap, p: string): string {
  const byGeography = new Map<string, StoreEntry[]>();
  const unplaced: StoreEntry[] = [];
  for (const store of map.stores) {
    const known = store.geography !== undefined && map.geographies.some((g) => g.id === store.geography || g.locals.some((l) => l.id === store.geography));
    if (!known) {
      unplaced.push(store);
      continue;
    }
    const list = byGeography.get(store.geography!);
    if (list) list.push(store);
    else byGeography.set(store.geography!, [store]);
  }
  let body = '';
  let height = 0;
  map.geographies.forEach((area, i) => {
    const col = column(map, area, i * (COLUMN + COLUMN_GAP), byGeography);
    body += col.svg;
    height = Math.max(height, col.height);
  });
  if (unplaced.length) {
    height += 10;
    body += `<text class="dm-title" x="0" y="${height + 12}">Stores without a valid geography</text>`;
    height += 18;
    unplaced.forEach((store, i) => {
      body += storeBox(store, (i % 3) * (COLUMN + COLUMN_GAP), height + Math.floor(i / 3) * STORE_H, COLUMN);
    });
    height += Math.ceil(unplaced.length / 3) * STORE_H;
  }
  height += 2;
  return `<svg role="img" aria-labelledby="${p}-geo-t ${p}-geo-d" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`
    + `<title id="${p}-geo-t">Stores in their geographies, edition ${map.edition}</title>`
    + `<desc id="${p}-geo-d">${esc(geographySummary(map))}</desc>${body}</svg>`;
}

/** The geography picture in one paragraph (its SVG description); the stores table says the rest. */
export function geographySummary(map: DataMap): string {
  const parts = [`Edition ${map.edition}.`];
  parts.push(map.elected ? `Elected location: ${map.elected}.` : 'No valid elected location.');
  if (map.home) parts.push(`Home geography of ${map.home.countryName} (${map.home.country}): ${map.home.geography}.`);
  if (map.migration) parts.push(map.migration.target ? `Migration to ${map.migration.target}.` : 'A migration without a valid target.');
  const outside = map.stores.filter((s) => s.outside && s.customerData);
  parts.push(`${map.stores.length} store${map.stores.length === 1 ? '' : 's'}${outside.length ? `, ${outside.length} holding Customer Data outside the elected location: ${outside.map(storeLabel).join(', ')}` : ''}.`);
  return parts.join(' ');
}

function revealButton(label: string, range: Range): string {
  return `<button type="button" class="dm-reveal" data-range="${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}">${label}</button>`;
}

function location(map: DataMap, store: StoreEntry): string {
  if (store.geography === undefined) return '<span class="dm-none">no valid geography</span>';
  if (map.elected === undefined) return '<span class="dm-none">no elected location</span>';
  if (!store.outside) return '<span class="dm-good">within the elected location</span>';
  if (!store.customerData) return 'outside, exempt (telemetry only)';
  return '<span class="dm-bad">OUTSIDE the elected location</span>';
}

function ruleList(map: DataMap, indices: readonly number[]): string {
  if (!indices.length) return '<span class="dm-none">none</span>';
  return indices.map((i) => {
    const f = map.findings[i];
    return `<span class="sev-${f.severity}">${SEVERITY_LABEL[f.severity]}</span> <code>${esc(f.rule)}</code>`;
  }).join('<br>');
}

function storesTable(map: DataMap, options: RenderOptions): string {
  const facts: string[] = [];
  facts.push(`elected location <strong>${map.elected ? esc(map.elected) : 'not valid'}</strong>`);
  if (map.home) facts.push(`home geography of ${esc(map.home.countryName)} (${esc(map.home.country)}) <strong>${esc(map.home.geography)}</strong>`);
  if (map.migration) facts.push(`migration target <strong>${map.migration.target ? esc(map.migration.target) : 'not valid'}</strong>`);
  let out = `<p>Edition ${map.edition}: ${facts.join('; ')}.</p>`;
  if (!map.stores.length) return `${out}<p class="dm-none">No valid stores.</p>`;
  out += '<table class="dm-stores"><caption>Stores</caption><thead><tr><th scope="col">Store</th><th scope="col">Kind</th><th scope="col">Data</th><th scope="col">Geography</th><th scope="col">Location</th><th scope="col">Findings</th></tr></thead><tbody>';
  for (const store of map.stores) {
    const name = `<code>${esc(storeLabel(store))}</code>`;
    out += `<tr><th scope="row">${options.interactive ? revealButton(name, store.range) : name}</th>`
      + `<td>${store.kind ? esc(store.kind) : '<span class="dm-none">not valid</span>'}</td>`
      + `<td>${store.data.length ? esc(store.data.join(', ')) : '<span class="dm-none">none valid</span>'}</td>`
      + `<td>${store.geography ? esc(store.geography) : '<span class="dm-none">not valid</span>'}</td>`
      + `<td>${location(map, store)}</td><td>${ruleList(map, store.findings)}</td></tr>`;
  }
  return `${out}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// timeline

const LABEL_W = 250;
const BAR_X = LABEL_W + 10;
const BAR_W = WIDTH - BAR_X - 70;
const ROW_H = 34;

function entryStatus(entry: TimelineEntry): { text: string; bad: boolean } {
  if (entry.missing) return { text: entry.required === false ? 'not set (not required)' : 'not set', bad: entry.findings.length > 0 };
  if (entry.enabled === false) return { text: 'disabled', bad: entry.required === true };
  if (entry.days === undefined) return { text: 'not valid', bad: true };
  if (entry.limitDays === undefined) return { text: 'no limit in this edition', bad: false };
  if (entry.over) return { text: `OVER the limit by ${entry.days - entry.limitDays} days`, bad: true };
  return { text: 'within the limit', bad: false };
}

function timelineRow(entry: TimelineEntry, y: number): string {
  let out = `<text x="0" y="${y + 14}">${esc(entry.label)}</text>`;
  const status = entryStatus(entry);
  if (entry.days === undefined) {
    return `${out}<text class="${status.bad ? 'dm-bad' : 'dm-muted'}" x="${BAR_X}" y="${y + 14}">${status.text}</text>`;
  }
  const days = entry.days;
  const limit = entry.limitDays;
  const scale = Math.max(days, limit ?? 0, 1) * 1.1;
  const px = (d: number) => BAR_X + (d / scale) * BAR_W;
  out += `<rect class="dm-track" x="${BAR_X}" y="${y + 4}" width="${BAR_W}" height="14"/>`;
  if (limit !== undefined && days > limit) {
    out += `<rect class="dm-bar" x="${BAR_X}" y="${y + 4}" width="${(px(limit) - BAR_X).toFixed(1)}" height="14"/>`;
    out += `<rect class="dm-bar dm-bad" x="${px(limit).toFixed(1)}" y="${y + 4}" width="${(px(days) - px(limit)).toFixed(1)}" height="14"/>`;
  } else {
    out += `<rect class="dm-bar" x="${BAR_X}" y="${y + 4}" width="${(px(days) - BAR_X).toFixed(1)}" height="14"/>`;
  }
  out += `<text${status.bad ? ' class="dm-bad"' : ''} x="${(px(days) + 4).toFixed(1)}" y="${y + 15}">${days} d</text>`;
  if (limit !== undefined) {
    const lx = px(limit).toFixed(1);
    out += `<line class="dm-limit" x1="${lx}" y1="${y}" x2="${lx}" y2="${y + 22}"/><text class="dm-muted" x="${lx}" y="${y + 32}" text-anchor="middle">limit ${limit} d</text>`;
  }
  if (entry.enabled === false) out += `<text class="${status.bad ? 'dm-bad' : 'dm-muted'}" x="${BAR_X}" y="${y + 32}">disabled</text>`;
  return out;
}

/** Days since 0000-03-01 of a `YYYY-MM-DD` date (for distances between dates). */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function migrationRow(map: DataMap, y: number): string {
  const move = map.migration!;
  let out = `<text x="0" y="${y + 14}">Migration${move.target ? ` to ${esc(move.target)}` : ''}</text>`;
  const dates = [move.requestPeriodEnds, move.deadline, move.latestDeadline].filter((d): d is string => d !== undefined);
  if (!move.requestPeriodEnds || dates.length < 2) {
    return `${out}<text class="dm-muted" x="${BAR_X}" y="${y + 14}">${move.requestPeriodEnds ? `request period ends ${move.requestPeriodEnds}; no valid deadline` : 'no valid request period end'}</text>`;
  }
  const start = dayNumber(move.requestPeriodEnds);
  const end = Math.max(...dates.map(dayNumber));
  const px = (d: string) => (BAR_X + ((dayNumber(d) - start) / Math.max(1, (end - start) * 1.1)) * BAR_W).toFixed(1);
  out += `<line class="dm-axis" x1="${BAR_X}" y1="${y + 11}" x2="${BAR_X + BAR_W}" y2="${y + 11}"/>`;
  out += `<circle class="dm-mark" cx="${BAR_X}" cy="${y + 11}" r="4"/><text class="dm-muted" x="${BAR_X}" y="${y + 30}">${move.requestPeriodEnds}</text>`;
  if (move.latestDeadline) {
    const lx = px(move.latestDeadline);
    out += `<line class="dm-limit" x1="${lx}" y1="${y}" x2="${lx}" y2="${y + 22}"/><text class="dm-muted" x="${lx}" y="${y + 46}" text-anchor="middle">latest ${move.latestDeadline}</text>`;
  }
  if (move.deadline) {
    const dx = Number(px(move.deadline));
    out += `<path class="dm-mark${move.late ? ' dm-bad' : ''}" d="M${dx} ${y + 4}l7 7l-7 7l-7-7z"/>`
      + `<text${move.late ? ' class="dm-bad"' : ''} x="${dx}" y="${y + 30}" text-anchor="middle">deadline ${move.deadline}${move.late ? ' LATE' : ''}</text>`;
  }
  return out;
}

function timelineSvg(map: DataMap, p: string): string {
  let body = '';
  let y = 4;
  for (const entry of map.timeline) {
    body += timelineRow(entry, y);
    y += ROW_H + 6;
  }
  if (map.migration) {
    body += migrationRow(map, y);
    y += ROW_H + 20;
  }
  const summary = map.timeline.map((e) => `${e.label}: ${e.days !== undefined ? `${e.days} days` : 'not set'}${e.limitDays !== undefined ? `, limit ${e.limitDays} days` : ''}${e.over ? ' (over the limit)' : ''}.`).join(' ')
    + (map.migration ? ` Migration deadline ${map.migration.deadline ?? 'not valid'}, latest allowed ${map.migration.latestDeadline ?? 'unknown'}${map.migration.late ? ' (late)' : ''}.` : '');
  return `<svg role="img" aria-labelledby="${p}-time-t ${p}-time-d" viewBox="0 0 ${WIDTH} ${y}" width="${WIDTH}" height="${y}">`
    + `<title id="${p}-time-t">Retention, deletion and migration against the limits of edition ${map.edition}</title>`
    + `<desc id="${p}-time-d">${esc(summary)}</desc>${body}</svg>`;
}

function timelineTable(map: DataMap): string {
  let out = '<table class="dm-timeline"><caption>Retention, deletion and migration</caption><thead><tr><th scope="col">What</th><th scope="col">Value</th><th scope="col">Limit</th><th scope="col">Status</th><th scope="col">Findings</th></tr></thead><tbody>';
  for (const entry of map.timeline) {
    const status = entryStatus(entry);
    const value = entry.days !== undefined ? `<code>${esc(entry.written ?? '')}</code>${entry.written === String(entry.days) ? ' days' : ` = ${entry.days} days`}` : '<span class="dm-none">&#8212;</span>';
    out += `<tr><th scope="row">${esc(entry.label)}</th><td>${value}</td><td>${entry.limitDays !== undefined ? `${entry.limitDays} days` : '<span class="dm-none">none</span>'}</td>`
      + `<td${status.bad ? ' class="dm-bad"' : ''}>${status.text}</td><td>${ruleList(map, entry.findings)}</td></tr>`;
  }
  const move = map.migration;
  if (move) {
    out += `<tr><th scope="row">Migration: request period ends</th><td>${move.requestPeriodEnds ?? '<span class="dm-none">not valid</span>'}</td><td>&#8212;</td><td>&#8212;</td><td rowspan="2">${ruleList(map, move.findings)}</td></tr>`;
    out += `<tr><th scope="row">Migration: deadline</th><td>${move.deadline ?? '<span class="dm-none">not valid</span>'}</td>`
      + `<td>${move.latestDeadline ? `${move.latestDeadline} (${move.months} months after the request period)` : '<span class="dm-none">unknown</span>'}</td>`
      + `<td${move.late ? ' class="dm-bad"' : ''}>${move.late ? 'LATER than allowed' : move.deadline && move.latestDeadline ? 'within the limit' : '&#8212;'}</td></tr>`;
  }
  return `${out}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// findings

/** The findings as a table (line and column one-based, as people count). */
export function renderFindings(findings: readonly MapFinding[], options: RenderOptions): string {
  if (!findings.length) return '<p class="dm-none">No findings.</p>';
  let out = '<table class="dm-findings"><caption>Findings</caption><thead><tr><th scope="col">Line:Col</th><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead><tbody>';
  for (const f of findings) {
    const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
    out += `<tr><td>${options.interactive ? revealButton(where, f.range) : where}</td><td class="sev-${f.severity}">${SEVERITY_LABEL[f.severity]}</td>`
      + `<td><code>${esc(f.rule)}</code></td><td>${options.interactive ? revealButton(esc(f.message), f.range) : esc(f.message)}</td></tr>`;
  }
  return `${out}</tbody></table>`;
}
