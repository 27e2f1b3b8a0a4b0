import { readDocument } from '../../src/analyze.js';
import type { PassContext } from '../../src/passes/pass.js';

/** What a pass reads of `text`, for running one pass alone. */
export function passContext(text: string, referenceDate: string | null = null): PassContext {
  return { document: readDocument(text), referenceDate };
}
