// The baseline newsx is measured against: node loading compromise's default build (the one a user
// who installs compromise gets; newsx itself loads the smaller `compromise/two`) and running
// `nlp(text)` on each file named on the command line once. With
// `--threads N` (N ≥ 2) the files are dealt round-robin to N worker threads, each loading its own
// compromise, the way `newsx analyze --concurrency N` deals them: the ceiling worker threads can
// reach on this machine and corpus, whatever newsx does around the parse.
//
//   node bench/bare-parse.js [--threads N] FILE...

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const parseAll = (files) => {
  const nlp = createRequire(import.meta.url)('compromise');
  let sentences = 0;
  for (const file of files) sentences += nlp(readFileSync(file, 'utf8')).document.length;
  return sentences;
};

if (isMainThread) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--threads');
  const threads = at >= 0 ? Number(args.splice(at, 2)[1]) : 1;
  const files = args;
  let sentences;
  if (threads >= 2) {
    const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
    const counts = await Promise.all(
      shares.map(
        (share) =>
          new Promise((resolve, reject) => {
            new Worker(new URL(import.meta.url), { workerData: share }).on('message', resolve).on('error', reject);
          }),
      ),
    );
    sentences = counts.reduce((a, b) => a + b, 0);
  } else {
    sentences = parseAll(files);
  }
  if (sentences === 0 && files.length > 0) process.exitCode = 1;
} else {
  parentPort.postMessage(parseAll(workerData));
}
