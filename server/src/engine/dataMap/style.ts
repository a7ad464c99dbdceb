/**
 * The data map's CSS, shared by the HTML report and the editor's webview. Colours are custom
 * properties that each host sets: the report for light and dark (`prefers-color-scheme`), the
 * webview from VS Code's theme (`--vscode-*`). No `style` attributes anywhere: the webview's
 * Content Security Policy allows only its nonce'd style sheet.
 *
 * Classes of the drawing (short: a report holds thousands of maps): `mac` a macro geography,
 * `loc` a local one, `el`/`ho`/`ta` elected, home and target (each with its own line style, not
 * only a colour), `sto` a store and `out` one holding Customer Data outside the elected location,
 * `ti` a title, `mu` muted text, `bad` what breaks the policy, `bar`/`trk` a duration and its
 * track, `lim` a limit, `ax` an axis, `mk` a mark on it; in tables `good`, `bad`, `none`, `sev-*`.
 */
export const DATA_MAP_CSS = `
.dm{color:var(--dm-fg);}
.dm svg{display:block;max-width:100%;height:auto;font:12px system-ui,-apple-system,"Segoe UI",sans-serif;}
.dm svg text{fill:var(--dm-fg);}
.dm svg .mu{fill:var(--dm-muted);}
.dm svg .ti{font-weight:600;}
.dm svg .bad{fill:var(--dm-error);font-weight:600;}
.dm .mac{fill:var(--dm-panel);stroke:var(--dm-border);stroke-width:1;rx:6px;}
.dm .loc{fill:var(--dm-local);stroke:var(--dm-border);stroke-width:1;rx:4px;}
.dm .el{stroke:var(--dm-accent);stroke-width:3;}
.dm .ho{stroke-dasharray:2 3;stroke-width:2;}
.dm .ta{stroke-dasharray:8 4;stroke-width:2;}
.dm .sto{fill:var(--dm-store);stroke:var(--dm-border);stroke-width:1;rx:3px;}
.dm .sto.out{stroke:var(--dm-error);stroke-width:2.5;stroke-dasharray:6 3;}
.dm svg .bar{fill:var(--dm-ok);}
.dm svg .bar.bad{fill:var(--dm-error);}
.dm .trk{fill:var(--dm-local);}
.dm .lim{stroke:var(--dm-fg);stroke-width:2;stroke-dasharray:4 2;}
.dm .ax{stroke:var(--dm-muted);stroke-width:1;}
.dm svg .mk{fill:var(--dm-fg);}
.dm svg .mk.bad{fill:var(--dm-error);}
.dm table{border-collapse:collapse;margin:.5em 0 1em;min-width:50%;}
.dm caption{text-align:left;font-weight:600;padding:.25em 0;}
.dm th,.dm td{border:1px solid var(--dm-border);padding:.2em .5em;text-align:left;vertical-align:top;}
.dm th{font-weight:600;}
.dm code{font-family:ui-monospace,Menlo,Consolas,monospace;}
.dm .bad{color:var(--dm-error);font-weight:600;}
.dm .good{color:var(--dm-ok);}
.dm .none{color:var(--dm-muted);}
.dm .sev-error{color:var(--dm-error);font-weight:600;}
.dm .sev-warning{color:var(--dm-warning);font-weight:600;}
.dm .sev-information,.dm .sev-hint{color:var(--dm-info);}
.dm .dm-reveal{font:inherit;color:var(--dm-link);background:none;border:1px solid transparent;padding:0 .2em;cursor:pointer;text-align:left;text-decoration:underline;}
.dm .dm-reveal:hover{border-color:var(--dm-border);}
.dm .dm-reveal:focus-visible{outline:2px solid var(--dm-focus);outline-offset:1px;}
`;
