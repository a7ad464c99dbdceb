import type { Range, Severity } from '../types';
import type { DataMap, MacroArea, MapFinding, StoreEntry, TimelineEntry } from './model';
import { escapeText as txt } from './escape';

/**
 * Draws a data map as an HTML fragment: an SVG of the stores in their geographies, an SVG of
 * retention, deletion and migration against their limits, and beside each picture a table that
 * says the same in text (the pictures' text alternative), then the findings. One drawing for
 * the CLI's `--format html` and the editor's webview; the host page supplies the CSS
 * (style.ts) and, for the webview, the script that makes the `reveal` buttons work.
 * Every string from the file is escaped (escape.ts), except values the format checked against a
 * closed list (kinds, data categories, geography and country ids, dates); no `style` attribute
 * is written.
 *
 * The report draws thousands of maps in a short run, mostly before V8 has optimized this code:
 * the markup is short (class names of a few letters, whole pixels), and what is the same for
 * every map of an edition is made once.
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

/**
 * Pieces of markup that depend on a few values only (an empty macro geography, a purge window of
 * 30 days against a limit of 30): the same in most maps, so made once. Bounded: cleared when full.
 */
const PIECES = new Map<string, string>();

function piece(key: string, make: () => string): string {
  let made = PIECES.get(key);
  if (made === undefined) {
    if (PIECES.size >= 4096) PIECES.clear();
    PIECES.set(key, (made = make()));
  }
  return made;
}

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export function renderDataMap(map: DataMap, options: RenderOptions): string {
  const h = Math.min(6, Math.max(2, options.headingLevel));
  const p = options.idPrefix;
  return (
    `<div class="dm"><h${h}>Where the data is</h${h}>${geographySvg(map, p)}${storesTable(map, options)}` +
    `<h${h}>How long it is kept</h${h}>${timelineSvg(map, p)}${timelineTable(map)}` +
    `<h${h}>Findings (${map.findings.length})</h${h}>${renderFindings(map.findings, options)}</div>`
  );
}

// ---------------------------------------------------------------------------------------------
// geographies and stores

function roles(map: DataMap, id: string): string {
  let roles = '';
  if (map.elected === id) roles = 'elected';
  if (map.home?.geography === id) roles += roles ? ', home' : 'home';
  if (map.migration?.target === id) roles += roles ? ', target' : 'target';
  return roles;
}

/** The CSS classes of a geography's roles: elected, home, target. */
function roleClasses(map: DataMap, id: string): string {
  return (map.elected === id ? ' el' : '') + (map.home?.geography === id ? ' ho' : '') + (map.migration?.target === id ? ' ta' : '');
}

/** The text, escaped, cut with an ellipsis to about `width` pixels. */
function clip(text: string, width: number): string {
  const max = Math.max(4, Math.floor(width / CHAR_W));
  // Entities, not the characters: the page stays one byte a character (V8 strings, UTF-8 output).
  return text.length > max ? `${txt(text.slice(0, max - 1))}&#8230;` : txt(text);
}

function storeLabel(store: StoreEntry): string {
  return store.id ?? `stores[${store.index}]`;
}

/** One store's box at (x, y), `width` wide. */
function storeBox(store: StoreEntry, x: number, y: number, width: number): string {
  const outside = store.outside && store.customerData;
  const n = store.findings.length;
  const count = n ? ` (${n} finding${n === 1 ? '' : 's'})` : '';
  const detail = `${store.kind ?? '?'}: ${store.data.join(', ') || 'no data'}`;
  return (
    `<rect class="${outside ? 'sto out' : 'sto'}" x="${x}" y="${y}" width="${width}" height="${STORE_H - 4}"/>` +
    `<text x="${x + 6}" y="${y + 13}"><tspan class="ti">${clip(storeLabel(store), width - 12 - count.length * CHAR_W)}${count}</tspan>` +
    `<tspan x="${x + 6}" dy="14">${outside ? '<tspan class="bad">OUTSIDE </tspan>' : ''}<tspan class="mu">${clip(detail, width - (outside ? 70 : 12))}</tspan></tspan></text>`
  );
}

/** Names of the local geographies a column lists without drawing them, wrapped to the column (made once per list). */
const QUIET_LINES = new Map<string, string[]>();

function quietLines(names: readonly string[], width: number): string[] {
  const key = names.join();
  let lines = QUIET_LINES.get(key);
  if (lines) return lines;
  const max = Math.floor(width / CHAR_W);
  lines = [];
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
  QUIET_LINES.set(key, lines);
  return lines;
}

/** A macro geography's column: its own stores, then its local geographies that matter, then the others by name. */
function column(map: DataMap, area: MacroArea, x: number, byGeography: ReadonlyMap<string, StoreEntry[]>): { svg: string; height: number } {
  // A macro geography with no store and no role, nor any of its local ones: the same in every map.
  let quiet = !byGeography.has(area.id) && !roles(map, area.id);
  for (let i = 0; quiet && i < area.locals.length; i++) quiet = !byGeography.has(area.locals[i].id) && !roles(map, area.locals[i].id);
  if (!quiet) return drawColumn(map, area, x, byGeography);
  const key = `${area.id} ${map.edition} ${x}`;
  let column = QUIET_COLUMNS.get(key);
  if (!column) QUIET_COLUMNS.set(key, (column = drawColumn(map, area, x, byGeography)));
  return column;
}

/** The drawing of a macro geography where nothing is: by edition and position. */
const QUIET_COLUMNS = new Map<string, { svg: string; height: number }>();

function drawColumn(map: DataMap, area: MacroArea, x: number, byGeography: ReadonlyMap<string, StoreEntry[]>): { svg: string; height: number } {
  const inner = COLUMN - 16;
  const macroRoles = roles(map, area.id);
  let body = `<text x="${x + 8}" y="20"><tspan class="ti">${area.id}</tspan><tspan class="mu" x="${x + 8}" dy="16">macro geography${macroRoles ? `: ${macroRoles}` : ''}</tspan></text>`;
  let y = 44;
  const own = byGeography.get(area.id);
  if (own) {
    for (const store of own) {
      body += storeBox(store, x + 8, y, inner);
      y += STORE_H;
    }
  }
  let quiet: string[] | undefined;
  for (const local of area.locals) {
    const localRoles = roles(map, local.id);
    const held = byGeography.get(local.id);
    if (!held && !localRoles) {
      (quiet ??= []).push(local.id);
      continue;
    }
    const count = held ? held.length : 0;
    const height = 26 + count * STORE_H;
    body +=
      `<rect class="loc${roleClasses(map, local.id)}" x="${x + 8}" y="${y}" width="${inner}" height="${height}"/>` +
      `<text x="${x + 14}" y="${y + 15}"><tspan class="ti">${local.id}</tspan><tspan class="mu"> (${local.country})${localRoles ? ` ${localRoles}` : ''}</tspan></text>`;
    if (held) for (let i = 0; i < count; i++) body += storeBox(held[i], x + 14, y + 22 + i * STORE_H, inner - 12);
    y += height + 6;
  }
  if (quiet) {
    for (const line of quietLines(quiet, inner)) {
      body += `<text class="mu" x="${x + 8}" y="${y + 12}">${line}</text>`;
      y += 15;
    }
  }
  const height = y + 8;
  return { svg: `<rect class="mac${roleClasses(map, area.id)}" x="${x}" y="0" width="${COLUMN}" height="${height}"/>${body}`, height };
}

function isPlaced(map: DataMap, geography: string | undefined): boolean {
  if (geography === undefined) return false;
  for (const area of map.geographies) {
    if (area.id === geography) return true;
    for (const local of area.locals) if (local.id === geography) return true;
  }
  return false;
}

function geographySvg(map: DataMap, p: string): string {
  const byGeography = new Map<string, StoreEntry[]>();
  let unplaced: StoreEntry[] | undefined;
  for (const store of map.stores) {
    if (!isPlaced(map, store.geography)) {
      (unplaced ??= []).push(store);
      continue;
    }
    const list = byGeography.get(store.geography!);
    if (list) list.push(store);
    else byGeography.set(store.geography!, [store]);
  }
  let body = '';
  let height = 0;
  for (let i = 0; i < map.geographies.length; i++) {
    const col = column(map, map.geographies[i], i * (COLUMN + COLUMN_GAP), byGeography);
    body += col.svg;
    if (col.height > height) height = col.height;
  }
  if (unplaced) {
    body += `<text class="ti" x="0" y="${height + 22}">Stores without a valid geography</text>`;
    height += 28;
    for (let i = 0; i < unplaced.length; i++) body += storeBox(unplaced[i], (i % 3) * (COLUMN + COLUMN_GAP), height + Math.floor(i / 3) * STORE_H, COLUMN);
    height += Math.ceil(unplaced.length / 3) * STORE_H;
  }
  height += 2;
  return (
    `<svg role="img" aria-labelledby="${p}-gt ${p}-gd" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">` +
    `<title id="${p}-gt">Stores in their geographies, edition ${map.edition}</title>` +
    `<desc id="${p}-gd">${txt(geographySummary(map))}</desc>${body}</svg>`
  );
}

/** The geography picture in one paragraph (its SVG description); the stores table says the rest. */
export function geographySummary(map: DataMap): string {
  let text = `Edition ${map.edition}. ${map.elected ? `Elected location: ${map.elected}.` : 'No valid elected location.'}`;
  if (map.home) text += ` Home geography of ${map.home.countryName} (${map.home.country}): ${map.home.geography}.`;
  if (map.migration) text += map.migration.target ? ` Migration to ${map.migration.target}.` : ' A migration without a valid target.';
  const outside = map.stores.filter((s) => s.outside && s.customerData);
  text += ` ${map.stores.length} store${map.stores.length === 1 ? '' : 's'}`;
  return `${text}${outside.length ? `, ${outside.length} holding Customer Data outside the elected location: ${outside.map(storeLabel).join(', ')}` : ''}.`;
}

function revealButton(label: string, range: Range): string {
  return `<button type="button" class="dm-reveal" data-range="${range.start.line}:${range.start.character}:${range.end.line}:${range.end.character}">${label}</button>`;
}

const NONE = '<span class="none">none</span>';
const NOT_VALID = '<span class="none">not valid</span>';

function location(map: DataMap, store: StoreEntry): string {
  if (store.geography === undefined) return NOT_VALID;
  if (map.elected === undefined) return '<span class="none">no elected location</span>';
  if (!store.outside) return '<span class="good">within the elected location</span>';
  if (!store.customerData) return 'outside, exempt (telemetry only)';
  return '<span class="bad">OUTSIDE the elected location</span>';
}

function ruleList(map: DataMap, indices: readonly number[]): string {
  if (!indices.length) return NONE;
  let out = '';
  for (let i = 0; i < indices.length; i++) {
    const f = map.findings[indices[i]];
    out += `${i ? '<br>' : ''}<span class="sev-${f.severity}">${SEVERITY_LABEL[f.severity]}</span> <code>${txt(f.rule)}</code>`;
  }
  return out;
}

function storesTable(map: DataMap, options: RenderOptions): string {
  let out = `<p>Edition ${map.edition}: elected location <strong>${map.elected ? txt(map.elected) : 'not valid'}</strong>`;
  if (map.home) out += `; home geography of ${txt(map.home.countryName)} (${map.home.country}) <strong>${map.home.geography}</strong>`;
  if (map.migration) out += `; migration target <strong>${map.migration.target ? txt(map.migration.target) : 'not valid'}</strong>`;
  out += '.</p>';
  if (!map.stores.length) return `${out}<p class="none">No valid stores.</p>`;
  out +=
    '<table><caption>Stores</caption><thead><tr><th scope="col">Store</th><th scope="col">Kind</th><th scope="col">Data</th><th scope="col">Geography</th><th scope="col">Location</th><th scope="col">Findings</th></tr></thead><tbody>';
  for (const store of map.stores) {
    const name = `<code>${txt(storeLabel(store))}</code>`;
    out +=
      `<tr><th scope="row">${options.interactive ? revealButton(name, store.range) : name}</th>` +
      `<td>${store.kind ?? NOT_VALID}</td><td>${store.data.length ? store.data.join(', ') : NOT_VALID}</td>` +
      `<td>${store.geography ?? NOT_VALID}</td><td>${location(map, store)}</td><td>${ruleList(map, store.findings)}</td></tr>`;
  }
  return `${out}</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------
// timeline

const LABEL_W = 250;
const BAR_X = LABEL_W + 10;
const BAR_W = WIDTH - BAR_X - 70;
const ROW_H = 40;

function entryStatus(entry: TimelineEntry): { text: string; bad: boolean } {
  if (entry.missing) return { text: entry.required === false ? 'not set (not required)' : 'not set', bad: entry.findings.length > 0 };
  if (entry.enabled === false) return { text: 'disabled', bad: entry.required === true };
  if (entry.days === undefined) return { text: 'not valid', bad: true };
  if (entry.limitDays === undefined) return { text: 'no limit in this edition', bad: false };
  if (entry.over)
    return {
      text: `OVER the ${entry.policyLimitDays !== undefined ? "organization's " : ''}limit by ${entry.days - entry.limitDays} day${entry.days - entry.limitDays === 1 ? '' : 's'}`,
      bad: true,
    };
  return { text: 'within the limit', bad: false };
}

function timelineRow(entry: TimelineEntry, y: number): string {
  return piece(
    `row ${entry.key} ${entry.days} ${entry.limitDays} ${entry.policyLimitDays} ${entry.enabled} ${entry.required} ${entry.missing} ${entry.findings.length > 0} ${y}`,
    () => drawTimelineRow(entry, y),
  );
}

function drawTimelineRow(entry: TimelineEntry, y: number): string {
  const label = `<text x="0" y="${y + 15}">${entry.label}</text>`;
  const status = entryStatus(entry);
  if (entry.days === undefined) return `${label}<text class="${status.bad ? 'bad' : 'mu'}" x="${BAR_X}" y="${y + 15}">${status.text}</text>`;
  const days = entry.days;
  const limit = entry.limitDays;
  const published = entry.policyLimitDays;
  const scale = Math.max(days, limit ?? 0, published ?? 0, 1) * 1.1;
  const px = (d: number) => BAR_X + Math.round((d / scale) * BAR_W);
  const end = px(days);
  let out = `${label}<rect class="trk" x="${BAR_X}" y="${y + 4}" width="${BAR_W}" height="14"/>`;
  if (limit !== undefined && days > limit) {
    const lx = px(limit);
    out += `<rect class="bar" x="${BAR_X}" y="${y + 4}" width="${lx - BAR_X}" height="14"/><rect class="bar bad" x="${lx}" y="${y + 4}" width="${end - lx}" height="14"/>`;
  } else {
    out += `<rect class="bar" x="${BAR_X}" y="${y + 4}" width="${end - BAR_X}" height="14"/>`;
  }
  out += `<text${status.bad ? ' class="bad"' : ''} x="${end + 4}" y="${y + 15}">${days} d${entry.enabled === false ? ', disabled' : ''}</text>`;
  if (limit !== undefined) {
    const lx = px(limit);
    out += `<line class="lim" x1="${lx}" y1="${y}" x2="${lx}" y2="${y + 22}"/>`;
    if (published === undefined) out += `<text class="mu" x="${lx}" y="${y + 33}" text-anchor="middle">limit ${limit} d</text>`;
    else out += organizationLimit(limit, published, lx, px(published), y);
  }
  return out;
}

/**
 * An organization's limit: its dashed line (drawn by the caller), the published limit as a thin
 * mark, and one label that names both, kept inside the picture.
 */
function organizationLimit(limit: number, published: number, lx: number, px: number, y: number): string {
  const text = `limit ${limit} d (organization; policy ${published} d)`;
  const anchor = lx + (text.length * CHAR_W) / 2 > WIDTH ? 'end' : 'middle';
  return (
    `<line class="ax" x1="${px}" y1="${y}" x2="${px}" y2="${y + 22}"/>` +
    `<text class="mu" x="${lx}" y="${y + 33}" text-anchor="${anchor}"><tspan class="ti">limit ${limit} d</tspan> (organization; policy ${published} d)</text>`
  );
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (for distances between dates). */
function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function migrationRow(map: DataMap, y: number): string {
  const move = map.migration!;
  let out = `<text x="0" y="${y + 15}">Migration${move.target ? ` to ${txt(move.target)}` : ''}</text>`;
  const dates = [move.requestPeriodEnds, move.deadline, move.latestDeadline].filter((d): d is string => d !== undefined);
  if (!move.requestPeriodEnds || dates.length < 2) {
    return `${out}<text class="mu" x="${BAR_X}" y="${y + 15}">${move.requestPeriodEnds ? `request period ends ${move.requestPeriodEnds}; no valid deadline` : 'no valid request period end'}</text>`;
  }
  const start = dayNumber(move.requestPeriodEnds);
  const end = Math.max(...dates.map(dayNumber));
  const px = (d: string) => BAR_X + Math.round(((dayNumber(d) - start) / Math.max(1, (end - start) * 1.1)) * BAR_W);
  out +=
    `<line class="ax" x1="${BAR_X}" y1="${y + 11}" x2="${BAR_X + BAR_W}" y2="${y + 11}"/>` +
    `<circle class="mk" cx="${BAR_X}" cy="${y + 11}" r="4"/><text class="mu" x="${BAR_X}" y="${y + 30}">${move.requestPeriodEnds}</text>`;
  if (move.latestDeadline) {
    const lx = px(move.latestDeadline);
    out += `<line class="lim" x1="${lx}" y1="${y}" x2="${lx}" y2="${y + 22}"/><text class="mu" x="${lx}" y="${y + 46}" text-anchor="middle">latest ${move.latestDeadline}</text>`;
  }
  if (move.deadline) {
    const dx = px(move.deadline);
    out +=
      `<path class="${move.late ? 'mk bad' : 'mk'}" d="M${dx} ${y + 4}l7 7l-7 7l-7-7z"/>` +
      `<text${move.late ? ' class="bad"' : ''} x="${dx}" y="${y + 30}" text-anchor="middle">deadline ${move.deadline}${move.late ? ' LATE' : ''}</text>`;
  }
  return out;
}

function timelineSvg(map: DataMap, p: string): string {
  let body = '';
  let y = 4;
  let summary = '';
  for (const entry of map.timeline) {
    body += timelineRow(entry, y);
    y += ROW_H;
    summary += `${entry.label}: ${entry.days !== undefined ? `${entry.days} days` : 'not set'}${entry.limitDays !== undefined ? `, limit ${limitText(entry)}` : ''}${entry.over ? ' (over the limit)' : ''}. `;
  }
  const move = map.migration;
  if (move) {
    body += migrationRow(map, y);
    y += ROW_H + 14;
    summary += `Migration deadline ${move.deadline ?? 'not valid'}, latest allowed ${move.latestDeadline ?? 'unknown'}${move.late ? ' (late)' : ''}.`;
  }
  return (
    `<svg role="img" aria-labelledby="${p}-tt ${p}-td" viewBox="0 0 ${WIDTH} ${y}" width="${WIDTH}" height="${y}">` +
    `<title id="${p}-tt">Retention, deletion and migration against the limits of edition ${map.edition}</title>` +
    `<desc id="${p}-td">${summary.trimEnd()}</desc>${body}</svg>`
  );
}

function timelineTable(map: DataMap): string {
  let out =
    '<table><caption>Retention, deletion and migration</caption><thead><tr><th scope="col">What</th><th scope="col">Value</th><th scope="col">Limit</th><th scope="col">Status</th><th scope="col">Findings</th></tr></thead><tbody>';
  for (const entry of map.timeline) {
    out +=
      piece(
        `cells ${entry.key} ${entry.written} ${entry.days} ${entry.limitDays} ${entry.policyLimitDays} ${entry.enabled} ${entry.required} ${entry.missing} ${entry.findings.length > 0}`,
        () => timelineCells(entry),
      ) + `<td>${ruleList(map, entry.findings)}</td></tr>`;
  }
  const move = map.migration;
  if (move) {
    out +=
      `<tr><th scope="row">Migration: request period ends</th><td>${move.requestPeriodEnds ?? NOT_VALID}</td><td>&#8212;</td><td>&#8212;</td><td rowspan="2">${ruleList(map, move.findings)}</td></tr>` +
      `<tr><th scope="row">Migration: deadline</th><td>${move.deadline ?? NOT_VALID}</td>` +
      `<td>${move.latestDeadline ? `${move.latestDeadline} (${move.months} months after the request period)` : '<span class="none">unknown</span>'}</td>` +
      `<td${move.late ? ' class="bad"' : ''}>${move.late ? 'LATER than allowed' : move.deadline && move.latestDeadline ? 'within the limit' : '&#8212;'}</td></tr>`;
  }
  return `${out}</tbody></table>`;
}

/** A limit in words: "365 days", or "180 days (organization; policy 365 days)". */
function limitText(entry: TimelineEntry): string {
  return entry.policyLimitDays === undefined ? `${entry.limitDays} days` : `${entry.limitDays} days (organization; policy ${entry.policyLimitDays} days)`;
}

/** A timeline table row but its findings. */
function timelineCells(entry: TimelineEntry): string {
  const status = entryStatus(entry);
  const value =
    entry.days === undefined
      ? '&#8212;'
      : entry.written === String(entry.days)
        ? `${entry.days} days`
        : `<code>${txt(entry.written ?? '')}</code> = ${entry.days} days`;
  return (
    `<tr><th scope="row">${entry.label}</th><td>${value}</td><td>${entry.limitDays !== undefined ? limitText(entry) : NONE}</td>` +
    `<td${status.bad ? ' class="bad"' : ''}>${status.text}</td>`
  );
}

// ---------------------------------------------------------------------------------------------
// findings

/** The findings as a table (line and column one-based, as people count). */
export function renderFindings(findings: readonly MapFinding[], options: RenderOptions): string {
  if (!findings.length) return '<p class="none">No findings.</p>';
  let out =
    '<table><caption>Findings</caption><thead><tr><th scope="col">Line:Col</th><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Message</th></tr></thead><tbody>';
  for (const f of findings) {
    const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
    const message = txt(f.message);
    out +=
      `<tr><td>${options.interactive ? revealButton(where, f.range) : where}</td><td class="sev-${f.severity}">${SEVERITY_LABEL[f.severity]}</td>` +
      `<td><code>${txt(f.rule)}</code></td><td>${options.interactive ? revealButton(message, f.range) : message}</td></tr>`;
  }
  return `${out}</tbody></table>`;
}
