import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatters, FORMATTER_NAMES, summarize } from '../../src/lint/formatters/index.js';
import { countMessages } from '../../src/lint/lint-text.js';
import type { LintResult } from '../../src/lint/rule.js';
import { rules } from '../../src/lint/rules/index.js';
import { lintReport, report } from './helpers.js';

const root = path.resolve(__dirname, '../..');
const options = { color: false, cwd: '/work/project', version: '9.9.9', rules };

/** Lints a text with rule defaults and a hand-made report, under a given path. */
function lintAs(filePath: string, text: string): LintResult {
  const { collected: _, ...result } = lintReport(text, report(text), { source: filePath });
  return result;
}

// An emoji (two UTF-16 units) before the mojibake: columns count UTF-16 code units (🚢 + space + 15 = column 19).
const broken = lintAs('corpus/a b.txt', 'Ferry Resumes:\n\n🚢 The pier wouldnâ€™t have survived, a "spokesman said.\n');
const clean = lintAs('corpus/clean.txt', 'Council Backs Bike Lanes\n\nThe council approved the plan on Tuesday, officials said.\n');
const unreadable: LintResult = countMessages('corpus/gone.txt', [
  { ruleId: null, severity: 'error', message: 'Cannot lint this file: no such file.', fatal: true, span: { start: 0, end: 0, text: '' }, line: 1, column: 1, endLine: 1, endColumn: 1 },
]);
const results = [broken, clean, unreadable];

describe('the fixture results', () => {
  it('have what the formatter tests rely on', () => {
    expect(broken.messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([
      ['title-style', 1, 7, 15],
      ['encoding', 3, 19, 22],
      ['quote-balance', 3, 41, 42],
    ]);
  });
});

describe('stylish', () => {
  it('groups by file, aligns columns and ends with a summary', () => {
    expect(formatters.stylish.format(results, options)).toBe(
      [
        '',
        'corpus/a b.txt',
        '  1:7   warning  The title ends with a colon, a leftover of a "Title:" template.   title-style',
        '  3:19  error    Mojibake "â€™": UTF-8 that was read as Windows-1252 (meant "’").  encoding',
        '  3:41  error    This quote mark is never closed.                                  quote-balance',
        '',
        'corpus/gone.txt',
        '  1:1  error    Cannot lint this file: no such file.',
        '',
        '  1  error    (unreadable)   (1 file)',
        '  1  error    encoding       (1 file)',
        '  1  error    quote-balance  (1 file)',
        '  1  warning  title-style    (1 file)',
        '',
        '✖ 4 problems (3 errors, 1 warning) in 2 files of 3',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    const coloured = formatters.stylish.format(results, { ...options, color: true });
    expect(coloured).toContain('\x1b[31merror  \x1b[39m');
    expect(formatters.stylish.format(results, options)).not.toContain('\x1b[');
  });

  it('prints nothing for a clean run', () => {
    expect(formatters.stylish.format([clean], options)).toBe('');
  });
});

describe('summary', () => {
  it('gives one row per rule and severity, most findings first, then the totals', () => {
    const twice = lintAs('corpus/c.txt', 'Ferry Resumes:\n\nThe pier wouldnâ€™t reopen, and cafÃ©s stayed shut.\n');
    expect(formatters.summary.format([...results, twice], options)).toBe(
      [
        'rule           severity  count  files',
        'encoding       error         3      2',
        'title-style    warning       2      2',
        '(unreadable)   error         1      1',
        'quote-balance  error         1      1',
        '',
        '7 problems (5 errors, 2 warnings) in 3 files of 4',
        '',
      ].join('\n'),
    );
  });
});

describe('every streaming formatter', () => {
  it.each(FORMATTER_NAMES.filter((name) => formatters[name].stream))('%s streams exactly what it formats', (name) => {
    const stream = formatters[name].stream!;
    const streamed = results.map((r) => stream.file(r, options)).join('') + stream.end(summarize(results), options);
    expect(streamed).toBe(formatters[name].format(results, options));
  });
});

describe('json', () => {
  it('lists every file, clean ones with no messages, and a summary', () => {
    const parsed = JSON.parse(formatters.json.format(results, options));
    expect(parsed.results.map((r: LintResult) => [r.filePath, r.messages.length, r.errorCount, r.warningCount])).toEqual([
      ['corpus/a b.txt', 3, 2, 1],
      ['corpus/clean.txt', 0, 0, 0],
      ['corpus/gone.txt', 1, 1, 0],
    ]);
    expect(parsed.summary).toEqual({ fileCount: 3, filesWithProblems: 2, errorCount: 3, warningCount: 1, fatalErrorCount: 1 });
    expect(Object.keys(parsed.results[0].messages[1]).sort()).toEqual(['column', 'data', 'endColumn', 'endLine', 'fix', 'line', 'message', 'messageId', 'ruleId', 'severity', 'span']);
    expect(parsed.results[0].messages[1].span).toEqual({ start: 34, end: 37, text: 'â€™' });
    expect(parsed.results[0].messages[1].fix).toEqual({ range: [34, 37], text: '’' });
    expect(parsed.results[0].messages[1].data).toEqual({ text: 'â€™', fix: ' (meant "’")' });
  });
});

describe('sarif', () => {
  const log = JSON.parse(formatters.sarif.format(results, { ...options, docsBase: 'https://github.com/acme/newsx/blob/HEAD/docs/rules/', homepage: 'https://github.com/acme/newsx' }));

  it('validates against the SARIF 2.1.0 schema', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'fixtures/lint/sarif/sarif-schema-2.1.0.json'), 'utf8'));
    // The schema is draft-04; its keywords mean the same to a draft-07 validator once `id` is `$id`.
    const { $schema: _, id, ...rest } = schema;
    // One of its patterns is not valid with the u flag, so patterns compile without it.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    ajv.addFormat('uri', (v: string) => /^[a-z][a-z0-9+.-]*:/i.test(v));
    ajv.addFormat('uri-reference', () => true);
    ajv.addFormat('date-time', (v: string) => !Number.isNaN(Date.parse(v)));
    const validate = ajv.compile({ ...rest, $id: id });
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The validator does reject what code scanning would: a level SARIF does not define.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'warn';
    expect(validate(broken)).toBe(false);
  });

  it('describes every rule with a help URI and default level', () => {
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'newsx', version: '9.9.9' });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...rules.keys()]);
    for (const rule of driver.rules) expect(rule.helpUri).toBe(`https://github.com/acme/newsx/blob/HEAD/docs/rules/${rule.id}.md`);
    expect(driver.informationUri).toBe('https://github.com/acme/newsx');
    expect(driver.rules.find((r: { id: string }) => r.id === 'quote-attribution').defaultConfiguration).toEqual({ level: 'none', enabled: false });
  });

  it('gives regions in UTF-16 columns and paths relative to %SRCROOT%', () => {
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/project/');
    const mojibake = run.results.find((r: { ruleId: string }) => r.ruleId === 'encoding');
    expect(mojibake.level).toBe('error');
    expect(mojibake.ruleIndex).toBe([...rules.keys()].indexOf('encoding'));
    expect(mojibake.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'corpus/a%20b.txt', uriBaseId: '%SRCROOT%', index: 0 },
      region: { startLine: 3, startColumn: 19, endLine: 3, endColumn: 22, snippet: { text: 'â€™' } },
    });
    expect(run.artifacts).toHaveLength(3);
    // A file that could not be read at all has no rule: it is a tool notification.
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('Cannot lint this file: no such file.');
    expect(run.results).toHaveLength(3);
  });
});

describe('github', () => {
  it('writes one workflow command per finding, escaped', () => {
    const tricky = countMessages('dir/a,b:c.txt', [{ ...broken.messages[0]!, message: '100% sure\nsecond line' }]);
    expect(formatters.github.format([tricky, clean], options)).toBe(
      '::warning file=dir/a%2Cb%3Ac.txt,line=1,col=7,endLine=1,endColumn=15,title=newsx(title-style)::100%25 sure%0Asecond line\n',
    );
    const lines = formatters.github.format(results, options).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('::error file=corpus/a b.txt,line=3,col=19,endLine=3,endColumn=22,title=newsx(encoding)::Mojibake "â€™": UTF-8 that was read as Windows-1252 (meant "’").');
    expect(lines[3]).toBe('::error file=corpus/gone.txt,line=1,col=1,endLine=1,endColumn=1,title=newsx::Cannot lint this file: no such file.');
  });
});

describe('article text that carries terminal escapes', () => {
  const hostile = countMessages('corpus/\x1b]0;pwned\x07.txt', [{ ...broken.messages[0]!, message: 'Title "\x1b[2J\x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\" ends\r\nwith a colon.' }]);

  it.each([false, true])('reaches stylish output spelled out (colour %s)', (color) => {
    const out = formatters.stylish.format([hostile], { ...options, color });
    // Colour may add SGR sequences (ESC [ digits m); nothing else may reach the terminal raw.
    expect(out.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('corpus/\\x1b]0;pwned\\x07.txt');
    expect(out).toContain('Title "\\x1b[2J\\x1b]8;;https://evil.example\\x1b\\here\\x1b]8;;\\x1b\\" ends with a colon.');
  });
});

describe('github workflow commands cannot be injected', () => {
  const line = (filePath: string, message: string) => formatters.github.format([countMessages(filePath, [{ ...broken.messages[0]!, message }])], options);
  it.each([
    ['a new line starting a command', 'x\n::error file=evil.txt::pwned', '::x%0A::error file=evil.txt::pwned'],
    ['a carriage return starting a command', 'x\r::add-mask::secret', '::x%0D::add-mask::secret'],
    ['CRLF', 'a\r\n::stop-commands::t', '::a%0D%0A::stop-commands::t'],
    ['a percent escape that would decode to a new line', 'x%0A::error::pwned', '::x%250A::error::pwned'],
    ['a percent sign', '100% sure', '::100%25 sure'],
  ])('data: %s', (_name, message, tail) => {
    const out = line('a.txt', message);
    expect(out.split('\n')).toEqual([expect.stringMatching(/^::warning file=a\.txt,line=1,/), '']);
    expect(out.endsWith(`${tail}\n`)).toBe(true);
  });

  it.each([
    ['a comma and a colon in a property', 'a,line=9:b.txt', 'file=a%2Cline=9%3Ab.txt,line=1,'],
    ['a new line and :: in a property', 'a\n::error::b.txt', 'file=a%0A%3A%3Aerror%3A%3Ab.txt,line=1,'],
    ['a percent sign in a property', '50%.txt', 'file=50%25.txt,line=1,'],
  ])('property: %s', (_name, filePath, properties) => {
    const out = line(filePath, 'm');
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toContain(`::warning ${properties}`);
  });
});

describe('junit', () => {
  const xml = formatters.junit.format(results, options);

  it('has a suite per file, a failure per finding and a passing case for a clean file', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="newsx" tests="5" failures="4" errors="0">\n')).toBe(true);
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml.match(/<failure /g)).toHaveLength(4);
    expect(xml).toContain('<testcase time="0" name="corpus/clean.txt" classname="corpus/clean.txt" />');
    expect(xml).toContain('<failure type="warning" message="The title ends with a colon, a leftover of a &quot;Title:&quot; template.">');
  });

  it('is well-formed: balanced elements, escaped attributes, no characters XML forbids', () => {
    const nasty = countMessages('x<&>.txt', [{ ...broken.messages[0]!, message: 'bell \u0007 and ]]> and <tag>' }]);
    const out = formatters.junit.format([nasty], options);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(out).toContain('name="x&lt;&amp;&gt;.txt"');
    expect(out).toContain(']]]]><![CDATA[>');
    const opened = out.match(/<(testsuites|testsuite|testcase|failure)[\s>]/g)!.length;
    const closed = (out.match(/<\/(testsuites|testsuite|testcase|failure)>/g) ?? []).length + (out.match(/\/>/g) ?? []).length;
    expect(closed).toBe(opened);
  });
});

describe('rule links in SARIF', () => {
  const driverOf = (extra: object) => JSON.parse(formatters.sarif.format(results, { ...options, ...extra })).runs[0].tool.driver;
  it.each([
    ['a web folder: links as they are', { docsBase: 'https://gitlab.com/acme/newsx/-/blob/HEAD/docs/rules/' }, 'https://gitlab.com/acme/newsx/-/blob/HEAD/docs/rules/encoding.md'],
    ['the pages shipped in the package: file URLs', { docsBase: '/opt/newsx/docs/rules/' }, 'file:///opt/newsx/docs/rules/encoding.md'],
    ['no base: no link, only the description', {}, undefined],
  ])('%s', (_name, extra, uri) => {
    const driver = driverOf(extra);
    const encoding = driver.rules.find((r: { id: string }) => r.id === 'encoding');
    expect(encoding.helpUri).toBe(uri);
    expect(encoding.help.text).toBe(uri ? `${rules.get('encoding')!.meta.description} See ${uri}` : rules.get('encoding')!.meta.description);
    expect(driver.informationUri).toBeUndefined();
  });
});
