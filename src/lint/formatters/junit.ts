import type { Formatter } from './types.js';

/**
 * JUnit XML for CI dashboards: a test suite per file, a failing test case per finding, and one
 * passing case for a clean file so every linted file is counted.
 */
export const junit: Formatter = {
  format(results) {
    let tests = 0;
    let failures = 0;
    const suites = results.map((result) => {
      const name = xml(result.filePath);
      const cases = result.messages.map((m) => {
        const rule = m.ruleId ?? 'fatal';
        const detail = `line ${m.line}, col ${m.column}, ${m.severity === 'error' ? 'Error' : 'Warning'} - ${m.message} (${rule})`;
        return `<testcase time="0" name="newsx.${xml(rule)}" classname="${name}"><failure type="${m.severity}" message="${xml(m.message)}">${cdata(detail)}</failure></testcase>`;
      });
      if (cases.length === 0) cases.push(`<testcase time="0" name="${name}" classname="${name}" />`);
      tests += cases.length;
      failures += result.messages.length;
      return `<testsuite package="newsx" time="0" tests="${cases.length}" errors="0" failures="${result.messages.length}" name="${name}">\n${cases.join('\n')}\n</testsuite>`;
    });
    return `<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="newsx" tests="${tests}" failures="${failures}" errors="0">\n${suites.map((s) => `${s}\n`).join('')}</testsuites>\n`;
  },
};

/** Characters XML 1.0 cannot carry at all (a message may quote a control character) become U+FFFD. */
function clean(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
}

function xml(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function cdata(text: string): string {
  return `<![CDATA[${clean(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
