// The baseline newsx is measured against: node loading compromise's default build (the one a user
// who installs compromise gets; newsx itself loads the smaller `compromise/two`) and running
// `nlp(text)` on each file named on the command line once. With `--workers N` (N ≥ 2) the files
// are dealt round-robin to N worker processes, each loading its own compromise and started with
// the V8 flags given by `--v8-flags`, the way `newsx analyze --concurrency N` deals them to its
// workers: the ceiling newsx's workers can reach on this machine and corpus, whatever newsx does
// around the parse.
//
//   node bench/bare-parse.js [--workers N] [--v8-flags "FLAG ..."] FILE...

import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const parseAll = (files) => {
  const nlp = createRequire(import.meta.url)('compromise');
  let sentences = 0;
  for (const file of files) sentences += nlp(readFileSync(file, 'utf8')).document.length;
  return sentences;
};

if (process.send) {
  process.once('message', (files) => process.send(parseAll(files), () => process.disconnect()));
} else {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : fallback;
  };
  const workers = Number(option('--workers', '1'));
  const flags = option('--v8-flags', '').split(' ').filter(Boolean);
  const files = args;
  let sentences;
  if (workers >= 2) {
    const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
    const counts = await Promise.all(
      shares.map(
        (share) =>
          new Promise((resolve, reject) => {
            const child = fork(fileURLToPath(import.meta.url), [], { execArgv: flags });
            child.once('message', resolve).once('error', reject).send(share);
          }),
      ),
    );
    sentences = counts.reduce((a, b) => a + b, 0);
  } else {
    sentences = parseAll(files);
  }
  if (sentences === 0 && files.length > 0) process.exitCode = 1;
}
