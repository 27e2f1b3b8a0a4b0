/** The reading view's styles: highlights by kind, label chips, the side panel, print and phone layouts. */
export const READING_CSS = `
.legend { line-height: 2; color: var(--ink); }
.legend .m { margin-right: .5rem; white-space: nowrap; }
.legend-label { font-weight: 700; margin-right: .4rem; }
.contents ol { padding-left: 1.5rem; }
.contents li { margin: .2rem 0; overflow-wrap: anywhere; }
.report { border-top: 1px solid var(--line); padding-top: .75rem; margin-top: 1.5rem; }
.report:first-of-type { border-top: 0; margin-top: 0; }
.report-head h2 { font-size: 1.45rem; line-height: 1.25; margin: .25rem 0; }
.report-head p { margin: .25rem 0 1rem; color: var(--muted); font-size: .9rem; overflow-wrap: anywhere; }
.report-head .source { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: var(--ink); }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem); gap: 2rem; align-items: start; }
.text { font-family: Georgia, Cambria, "Noto Serif", "DejaVu Serif", serif; font-size: 1.06rem; line-height: 1.9; max-width: 44rem; overflow-wrap: break-word; }
.sec { margin: 0 0 1.25rem; }
.sec-label { font: 700 .72rem/1.2 system-ui, sans-serif; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); margin: 0 0 .25rem;
  border-bottom: 1px solid var(--line); padding-bottom: .15rem; }
.sec p { margin: 0 0 .9rem; }
.sec .headline { font-size: 1.15rem; font-weight: 600; }
.sec .preamble { font-style: italic; color: var(--muted); }
.sec .title { font-size: 1.35rem; font-weight: 700; line-height: 1.5; }
.sec .insights-heading { font-weight: 700; }
.items { margin: 0; padding-left: 1.25rem; }
.items li { margin: 0 0 .6rem; }
.m { position: relative; color: inherit; background: transparent; border-radius: .2em; padding: .05em .1em; -webkit-box-decoration-break: clone; box-decoration-break: clone;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.m.entity.person { background: var(--person-tint); box-shadow: inset 0 -2px 0 var(--person); }
.m.entity.organization { background: var(--organization-tint); box-shadow: inset 0 -2px 0 var(--organization); }
.m.entity.place { background: var(--place-tint); box-shadow: inset 0 -2px 0 var(--place); }
.m.quote { background: var(--quote-tint); border-bottom: 2px solid var(--quote); }
.m.indirect { background: var(--indirect-tint); border-bottom: 2px dashed var(--indirect); }
.m.number { background: var(--number-tint); text-decoration: underline dotted var(--number) 2px; text-underline-offset: .25em; }
.m.date { background: var(--date-tint); text-decoration: underline double var(--date); text-underline-offset: .25em; }
.nw { white-space: nowrap; }
.m.lit { outline: 3px solid var(--ink); outline-offset: 1px; }
.m[data-tip] { cursor: help; }
.m[data-tip]:hover::after, .m[data-tip]:focus::after { content: attr(data-tip); position: absolute; left: 0; top: calc(100% + .3rem); z-index: 10; width: max-content; max-width: 18rem;
  background: var(--ink); color: #fff; font: 600 .8rem/1.35 system-ui, sans-serif; padding: .3rem .5rem; border-radius: .3rem; white-space: normal; pointer-events: none; }
.panel { font-size: .9rem; position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 0 .25rem 1rem 1rem; border-left: 1px solid var(--line); }
.panel h2, .panel h3 { margin-top: 1rem; }
.panel h4, .panel h5 { margin: .6rem 0 .2rem; }
.panel .count { font-weight: 400; color: var(--muted); font-variant-numeric: tabular-nums; }
.panel ol.plain, .panel ul.entities { list-style: none; margin: 0; padding: 0; }
.panel ol.plain li { margin: .2rem 0; overflow-wrap: anywhere; }
.panel ul.entities li { margin: .15rem 0; }
.panel li:target > button, .panel li:target { background: var(--wash); }
.panel button.ent { display: flex; width: 100%; align-items: center; gap: .4rem; font: inherit; text-align: left; color: var(--ink); background: var(--paper);
  border: 1px solid var(--line); border-radius: .35rem; padding: .3rem .5rem; cursor: pointer; }
.panel button.ent:hover { background: var(--wash); }
.panel button.ent[aria-pressed="true"] { border: 2px solid var(--ink); background: var(--wash); }
.panel button.ent .name { flex: 1; overflow-wrap: anywhere; }
.panel button.ent .chip { margin: 0; }
.panel code { font-size: .85em; }
@media (max-width: 56rem) {
  .layout { grid-template-columns: minmax(0, 1fr); gap: 1rem; }
  .panel { position: static; max-height: none; overflow: visible; border-left: 0; border-top: 1px solid var(--line); padding: 0; }
  .text { font-size: 1rem; line-height: 1.8; }
}
@media print {
  .layout { display: block; }
  .panel { position: static; max-height: none; overflow: visible; border: 0; padding: 0; break-before: auto; }
  .report { break-before: page; }
  .report:first-of-type { break-before: auto; }
  .m[data-tip]::after { display: none; }
  .panel button.ent { border: 0; padding: .1rem 0; }
}
`;

/**
 * Lights up an entity's mentions: a button in the side panel toggles it, a speaker chip or link
 * turns it on. Ids are compared as strings, never built into selectors.
 */
/** The one inline script: activating an entity in the side panel highlights its mentions. */
export const READING_SCRIPT = `(function () {
  function light(article, id) {
    var first = null;
    article.querySelectorAll('mark.lit').forEach(function (m) { m.classList.remove('lit'); });
    article.querySelectorAll('button[data-entity]').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-entity') === id)); });
    if (id === null) return null;
    article.querySelectorAll('mark[data-kind="entity"]').forEach(function (m) {
      if (m.getAttribute('data-entity') === id) { m.classList.add('lit'); if (!first) first = m; }
    });
    return first;
  }
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('button[data-entity], a[data-entity]') : null;
    var article = target && target.closest('article');
    if (!article) return;
    if (target.tagName === 'BUTTON') {
      var first = light(article, target.getAttribute('aria-pressed') === 'true' ? null : target.getAttribute('data-entity'));
      if (first) first.scrollIntoView({ block: 'center' });
    } else {
      light(article, target.getAttribute('data-entity'));
    }
  });
})();`;
