/**
 * The data map's CSS, shared by the HTML report and the editor's webview. Colours are custom
 * properties that each host sets: the report for light and dark (`prefers-color-scheme`), the
 * webview from VS Code's theme (`--vscode-*`). No `style` attributes anywhere: the webview's
 * Content Security Policy allows only its nonce'd style sheet.
 */
export const DATA_MAP_CSS = `
.dm{color:var(--dm-fg);}
.dm svg{display:block;max-width:100%;height:auto;font:12px system-ui,-apple-system,"Segoe UI",sans-serif;}
.dm svg text{fill:var(--dm-fg);}
.dm svg .dm-muted{fill:var(--dm-muted);}
.dm .dm-macro{fill:var(--dm-panel);stroke:var(--dm-border);stroke-width:1;}
.dm .dm-local{fill:var(--dm-local);stroke:var(--dm-border);stroke-width:1;}
.dm .dm-elected{stroke:var(--dm-accent);stroke-width:3;}
.dm .dm-home{stroke-dasharray:2 3;stroke-width:2;}
.dm .dm-target{stroke-dasharray:8 4;stroke-width:2;}
.dm .dm-store{fill:var(--dm-store);stroke:var(--dm-border);stroke-width:1;}
.dm .dm-store.dm-outside{stroke:var(--dm-error);stroke-width:2.5;stroke-dasharray:6 3;}
.dm svg text.dm-bad{fill:var(--dm-error);font-weight:600;}
.dm svg text.dm-title{font-weight:600;}
.dm .dm-bar{fill:var(--dm-ok);}
.dm .dm-bar.dm-bad{fill:var(--dm-error);}
.dm .dm-track{fill:var(--dm-local);}
.dm .dm-limit{stroke:var(--dm-fg);stroke-width:2;stroke-dasharray:4 2;}
.dm .dm-axis{stroke:var(--dm-muted);stroke-width:1;}
.dm .dm-mark{fill:var(--dm-fg);}
.dm .dm-mark.dm-bad{fill:var(--dm-error);}
.dm table{border-collapse:collapse;margin:.5em 0 1em;min-width:50%;}
.dm caption{text-align:left;font-weight:600;padding:.25em 0;}
.dm th,.dm td{border:1px solid var(--dm-border);padding:.2em .5em;text-align:left;vertical-align:top;}
.dm th{font-weight:600;}
.dm code{font-family:ui-monospace,Menlo,Consolas,monospace;}
.dm .dm-bad{color:var(--dm-error);font-weight:600;}
.dm .dm-good{color:var(--dm-ok);}
.dm .sev-error{color:var(--dm-error);font-weight:600;}
.dm .sev-warning{color:var(--dm-warning);font-weight:600;}
.dm .sev-information,.dm .sev-hint{color:var(--dm-info);}
.dm .dm-reveal{font:inherit;color:var(--dm-link);background:none;border:1px solid transparent;padding:0 .2em;cursor:pointer;text-align:left;text-decoration:underline;}
.dm .dm-reveal:hover{border-color:var(--dm-border);}
.dm .dm-reveal:focus-visible{outline:2px solid var(--dm-focus);outline-offset:1px;}
.dm .dm-none{color:var(--dm-muted);}
`;
