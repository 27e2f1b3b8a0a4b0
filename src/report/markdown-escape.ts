/**
 * Article text made inert in Markdown, for the report and the corpus summary alike: whitespace
 * flattened to one line, and every character that could start markup backslash-escaped
 * (CommonMark escapes any ASCII punctuation): emphasis, code, links, HTML, table pipes, GFM
 * strikethrough (`~~win~~`) and entity references (`&amp;`, `&#169;`).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|~&])/g, '\\$1');
}
