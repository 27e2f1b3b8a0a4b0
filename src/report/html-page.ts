import { createHash } from 'node:crypto';
import { escapeHtml } from './html-escape.js';

/**
 * Colours and base styles both pages share. Every colour pair was chosen for a contrast of at
 * least 4.5:1 (WCAG AA) for its text: white on each chip colour, dark text on each tint.
 */
export const BASE_CSS = `
:root {
  --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --wash: #f6f8fa; --link: #0b57d0;
  --person: #1d4ed8; --person-tint: #dbeafe;
  --organization: #7e22ce; --organization-tint: #f3e8ff;
  --place: #15803d; --place-tint: #dcfce7;
  --quote: #92400e; --quote-tint: #fef3c7;
  --indirect: #475569; --indirect-tint: #eef2f6;
  --number: #b42318; --number-tint: #fee4e2;
  --date: #0f766e; --date-tint: #ccfbf1;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.page { max-width: 76rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
.page-head { border-bottom: 1px solid var(--line); margin-bottom: 1rem; padding-bottom: .5rem; }
.page-head p { margin: .25rem 0; color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
h3 { font-size: .95rem; margin: .75rem 0 .25rem; }
.chip { display: inline-block; font: 700 .7rem/1.2 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; letter-spacing: .03em;
  text-transform: uppercase; color: #fff; background: var(--muted); border-radius: .3em; padding: .18em .4em; margin: 0 .15em 0 .3em; vertical-align: .12em;
  white-space: nowrap; text-decoration: none; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.chip.person { background: var(--person); } .chip.organization { background: var(--organization); } .chip.place { background: var(--place); }
.chip.quote { background: var(--quote); } .chip.indirect { background: var(--indirect); }
.chip.quote, .chip.indirect { text-transform: none; letter-spacing: 0; font-size: .74rem; }
.chip.number { background: var(--number); } .chip.date { background: var(--date); }
a.chip { color: #fff; }
a.chip:hover { text-decoration: underline; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
@page { margin: 1.5cm; }
@media print {
  body { font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
`;

/**
 * A whole page: inline styles and at most one inline script, under a Content-Security-Policy
 * that forbids every fetch, so the page works from a file and cannot reach the network even if
 * some text were to slip through escaping. The script is allowed by its hash alone.
 */
export function htmlDocument(options: { title: string; css: string; body: string; script?: string }): string {
  const scriptHash = options.script ? `'sha256-${createHash('sha256').update(options.script).digest('base64')}'` : "'none'";
  const policy = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ${scriptHash}; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="newsx">',
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${BASE_CSS}${options.css}</style>`,
    '</head>',
    '<body>',
    options.body,
    options.script ? `<script>${options.script}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
