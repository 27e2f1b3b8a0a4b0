export { analyze, SCHEMA_VERSION } from './analyze.js';
export { decodeBytes, DecodeError, DEFAULT_MAX_BYTES } from './article/decode.js';
export type { DecodedText, DecodeOptions } from './article/decode.js';
export { splitSections } from './article/sections.js';
export type * from './types.js';
