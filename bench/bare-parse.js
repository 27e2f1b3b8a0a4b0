// The baseline newsx is measured against: node loading compromise's CommonJS build the way
// src/nlp/compromise.ts does, and parsing each file named on the command line once.
//
//   node bench/bare-parse.js FILE...

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const nlp = createRequire(import.meta.url)('compromise');
let sentences = 0;
for (const file of process.argv.slice(2)) sentences += nlp(readFileSync(file, 'utf8')).document.length;
if (sentences === 0 && process.argv.length > 2) process.exitCode = 1;
