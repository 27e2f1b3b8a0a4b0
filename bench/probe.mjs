// Preloaded into a newsx process (`node --import ./bench/probe.mjs bin/newsx.js …`) to see what it
// loaded: at exit it appends one JSON line to $NEWSX_BENCH_PROBE with the compromise files in
// require.cache and the process's peak RSS; probe-hooks.mjs adds a line per compromise file loaded
// as an ES module, so a switch from createRequire to `import` is caught too.

import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const out = process.env.NEWSX_BENCH_PROBE;
if (out && isMainThread) {
  register('./probe-hooks.mjs', import.meta.url);
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const cjs = Object.keys(require.cache).filter((file) => /[\\/]node_modules[\\/]compromise[\\/]/.test(file));
    appendFileSync(out, `${JSON.stringify({ exit: { cjs, maxRssKb: process.resourceUsage().maxRSS } })}\n`);
  });
}
