import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { Io, OutputStream } from './io.js';

/** Where results go: standard output, or the `-o` file. */
export interface ResultSink {
  stream: OutputStream;
  /** Flushes the file; rejects with the reason it could not be written. */
  close(): Promise<void>;
}

export function openSink(io: Io, outputFile: string | undefined): ResultSink {
  if (!outputFile) return { stream: io.stdout, close: async () => {} };
  const file = createWriteStream(path.resolve(io.cwd, outputFile));
  let failure: Error | null = null;
  file.on('error', (error) => (failure = error));
  return {
    stream: { isTTY: false, write: (chunk: string) => file.write(chunk) },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        file.end(() => (failure ? reject(failure) : resolve()));
        file.once('error', reject);
      }),
  };
}
