import { terminalLine } from './terminal-text.js';

/**
 * Article text made inert in Markdown, for the report and the corpus summary alike: one line with
 * control characters spelled out (`terminalLine`), and every character that could start markup
 * backslash-escaped (CommonMark escapes any ASCII punctuation): emphasis, code, links, HTML, table
 * pipes, GFM strikethrough (`~~win~~`) and entity references (`&amp;`, `&#169;`).
 */
export function escapeMarkdown(text: string): string {
  return terminalLine(text).replace(/([\\`*_[\]<>|~&])/g, '\\$1');
}

/**
 * A file name or record id as a Markdown code span that nothing in it can end: one line (a line
 * break could start a heading or a list), control characters spelled out, and a fence of one
 * backtick more than the longest run inside, padded when the text starts or ends with one.
 * Inside a code span `<script>` and `# heading` are plain text.
 */
export function markdownCode(text: string): string {
  const line = terminalLine(text);
  const fence = '`'.repeat(Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(line) ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
