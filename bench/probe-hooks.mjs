// Module hooks for probe.mjs: records every compromise file loaded through the ES module loader.

import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (/\/node_modules\/compromise\//.test(url) && process.env.NEWSX_BENCH_PROBE) {
    appendFileSync(process.env.NEWSX_BENCH_PROBE, `${JSON.stringify({ esm: url })}\n`);
  }
  return nextLoad(url, context);
}
