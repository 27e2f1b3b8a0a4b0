import type { ResolvedConfig } from '../config/types.js';
import type { CollectedSignature } from './lint-text.js';
import { isCorpusRule, wordFinding, type CorpusFile, type LintMessage } from './rule.js';
import { rules } from './rules/index.js';

interface Kept {
  filePath: string;
  entry: CollectedSignature;
}

/**
 * The corpus step of a run. Files hand over their signatures as they are linted (a few hundred
 * bytes each: never texts or reports), and `finish` compares them once the last file is in.
 */
export class CorpusCollector {
  readonly #byRule = new Map<string, Array<CorpusFile<unknown> & Kept>>();
  #options = new Map<string, ResolvedConfig['rules'][string]['options']>();

  add(index: number, filePath: string, collected: CollectedSignature[], config: ResolvedConfig): void {
    for (const entry of collected) {
      const list = this.#byRule.get(entry.ruleId) ?? [];
      list.push({ index, filePath, signature: entry.signature, entry });
      this.#byRule.set(entry.ruleId, list);
      // Comparison options come from the first file that collected for the rule; the severity is each file's own.
      if (!this.#options.has(entry.ruleId)) this.#options.set(entry.ruleId, config.rules[entry.ruleId]!.options);
    }
  }

  get size(): number {
    let n = 0;
    for (const list of this.#byRule.values()) n += list.length;
    return n;
  }

  /** Findings per file index, each list in text order. */
  finish(): Map<number, LintMessage[]> {
    const out = new Map<number, LintMessage[]>();
    for (const [ruleId, files] of this.#byRule) {
      const rule = rules.get(ruleId);
      if (!rule || !isCorpusRule(rule)) continue;
      const byIndex = new Map(files.map((f) => [f.index, f]));
      for (const finding of rule.compare(files, this.#options.get(ruleId)!)) {
        const file = byIndex.get(finding.index)!;
        const message: LintMessage = {
          ruleId,
          severity: file.entry.severity,
          ...wordFinding(rule, finding.messageId, finding.data),
          ...file.entry.location,
        };
        out.set(finding.index, [...(out.get(finding.index) ?? []), message]);
      }
    }
    return out;
  }
}
