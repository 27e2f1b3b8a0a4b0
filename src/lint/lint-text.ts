import { analyzeDocument, readDocument } from '../analyze.js';
import type { BytePosition, Fallback } from '../article/decode.js';
import { ConfigResolver } from '../config/resolve.js';
import { emptyConfig, type ResolvedConfig } from '../config/types.js';
import type { Document } from '../nlp/document.js';
import type { Report } from '../types.js';
import { isCorpusRule, wordFinding, type LintMessage, type LintResult, type Location, type MessageSeverity, type Range, type RuleContext } from './rule.js';
import { rules } from './rules/index.js';

export interface LintTextOptions {
  /** Shown as `filePath` in results; "<text>" when not given. */
  source?: string;
  /** Every rule's setting and the analysis options; rule defaults when not given. */
  config?: ResolvedConfig;
  /** Set when the file was not UTF-8 and was read as Windows-1252, for the `encoding` rule. */
  fallback?: Fallback | null;
}

/** What a corpus rule kept about a file, ready to become a finding on it at the end of the run. */
export interface CollectedSignature {
  ruleId: string;
  severity: MessageSeverity;
  signature: unknown;
  location: Location;
}

/** One file's lint: its result, and what corpus rules keep for the end of the run. Plain data. */
export interface FileLint extends LintResult {
  collected: CollectedSignature[];
}

/**
 * Lints one article: one parse into a document, the passes' report on it, then every enabled rule
 * over both. Pure and synchronous, with plain data in and out, so a worker process can run it as is.
 */
export function lintText(text: string, options: LintTextOptions = {}): FileLint {
  const source = options.source ?? '<text>';
  const config = options.config ?? defaultConfig();
  const analyzeOptions = { source, referenceDate: config.referenceDate, sections: config.sections };
  const document = readDocument(text, analyzeOptions);
  return lintDocument(document, analyzeDocument(document, analyzeOptions), { source, config, fallback: options.fallback ?? null });
}

/** Lints a document already read and analysed, for callers that have both (and tests that build the report by hand). */
export function lintDocument(document: Document, analysis: Report, options: LintTextOptions = {}): FileLint {
  const source = options.source ?? '<text>';
  const config = options.config ?? defaultConfig();
  const { text } = document;
  const locate = (range: Range) => locateRange(document, range);
  const messages: LintMessage[] = [];
  const collected: CollectedSignature[] = [];
  for (const [id, rule] of rules) {
    const setting = config.rules[id];
    if (!setting || setting.severity === 'off') continue;
    const severity: MessageSeverity = setting.severity === 'error' ? 'error' : 'warning';
    const base = { source, text, document, analysis, options: setting.options, fallback: options.fallback ?? null };
    if (isCorpusRule(rule)) {
      const kept = rule.collect(base);
      if (kept) collected.push({ ruleId: id, severity, signature: kept.signature, location: locate(kept.range) });
      continue;
    }
    const context: RuleContext = {
      ...base,
      report({ messageId, range, data, fix }) {
        messages.push({ ruleId: id, severity, ...wordFinding(rule, messageId, data), ...locate(range), ...(fix ? { fix } : {}) });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      throw new Error(`rule ${id} failed on ${source}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return { ...countMessages(source, sortMessages(messages)), collected };
}

/** Where a range lies in the document, as lines and columns. */
function locateRange(document: Document, range: Range): Location {
  const start = document.paragraphs.position(range.start);
  const end = document.paragraphs.position(range.end);
  return {
    span: { start: range.start, end: range.end, text: document.text.slice(range.start, range.end) },
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** Every rule at its default severity and options, with no analysis options. */
export function defaultConfig(): ResolvedConfig {
  return new ConfigResolver(emptyConfig(), rules).forFile('');
}

/**
 * The result for a file newsx could not lint at all: unreadable, or bytes that are not text. An
 * undecodable file is an `encoding` finding (that rule's job, unless it is off); anything else,
 * and a file too large to read, is a fatal message without a rule.
 */
export function unreadableResult(source: string, problem: { code: string; message: string; position?: BytePosition | null }, config: ResolvedConfig): FileLint {
  const decodeMessage = ({ binary: 'binary', 'invalid-utf8': 'notUtf8', 'invalid-utf16': 'notUtf16' } as Record<string, string>)[problem.code];
  const encodingOn = config.rules.encoding !== undefined && config.rules.encoding.severity !== 'off';
  const encoding = decodeMessage && encodingOn ? rules.get('encoding')! : null;
  const at = problem.position ?? null;
  const message: LintMessage = {
    ruleId: encoding ? 'encoding' : null,
    severity: 'error',
    ...(encoding
      ? wordFinding(encoding, decodeMessage!, { problem: problem.message.replace(/^binary file \((.*)\)$/, '$1') })
      : { message: `Cannot lint this file: ${problem.message}.` }),
    fatal: true,
    // The first bad byte, where the decoder stopped; the offset is into the text decoded up to it.
    span: { start: at?.offset ?? 0, end: at?.offset ?? 0, text: '' },
    line: at?.line ?? 1,
    column: at?.column ?? 1,
    endLine: at?.line ?? 1,
    endColumn: at?.column ?? 1,
  };
  return { ...countMessages(source, [message]), collected: [] };
}

export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
}

export function countMessages(filePath: string, messages: LintMessage[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount++;
    else warningCount++;
    if (m.fatal) fatalErrorCount++;
  }
  return { filePath, messages, errorCount, warningCount, fatalErrorCount };
}
