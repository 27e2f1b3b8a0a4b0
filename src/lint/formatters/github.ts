import { streamingFormatter } from './types.js';

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its line in the pull
 * request. https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export const github = streamingFormatter({
  file(result) {
    return result.messages
      .map((m) => {
        const properties = [
          `file=${escapeProperty(result.filePath)}`,
          `line=${m.line}`,
          `col=${m.column}`,
          `endLine=${m.endLine}`,
          `endColumn=${m.endColumn}`,
          `title=${escapeProperty(m.ruleId ? `newsx(${m.ruleId})` : 'newsx')}`,
        ];
        return `::${m.severity} ${properties.join(',')}::${escapeData(m.message)}\n`;
      })
      .join('');
  },
  end: () => '',
});

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
