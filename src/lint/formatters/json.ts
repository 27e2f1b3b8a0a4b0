import { summarize, type Formatter } from './types.js';

/**
 * `{ results: [{ filePath, messages, errorCount, warningCount, fatalErrorCount }], summary }`, every
 * linted file listed (clean ones with no messages), one result per line so diffs and grep stay readable.
 */
export const json: Formatter = {
  format(results) {
    const lines = results.map((result) => JSON.stringify(result));
    // The summary keeps ESLint's totals; the per-rule counts are --format summary's.
    const { rules: _byRule, ...totals } = summarize(results);
    return `{"results":[${lines.length ? `\n${lines.join(',\n')}\n` : ''}],"summary":${JSON.stringify(totals)}}\n`;
  },
};
