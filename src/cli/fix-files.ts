import { chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { encodeText, type DecodedText } from '../article/decode.js';
import type { Io } from './io.js';

/** What `--fix` and `--fix-dry-run` need to know of a file between reading it and its result. */
export interface ReadFile {
  /** Where to write it back; null for standard input, which is never written. */
  path: string | null;
  /** How it was read: its text as decoded, its encoding and byte-order mark. */
  decoded: DecodedText;
}

/**
 * Writes `text` over `file` atomically: into a temporary file beside it, then renamed over it, so
 * a crash or a full disk never leaves half an article. The bytes keep the file's encoding and
 * byte-order mark, and the new file keeps the old one's permissions.
 */
export async function writeFixed(file: ReadFile & { path: string }, text: string): Promise<void> {
  const temp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.newsx-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    await writeFile(temp, encodeText({ ...file.decoded, text }), { flag: 'wx' });
    const mode = (await stat(file.path)).mode & 0o7777;
    await chmod(temp, mode);
    await rename(temp, file.path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The path a diff names a file by: relative to the working directory, with forward slashes. */
export function diffPath(file: ReadFile, display: string, io: Io): string {
  return file.path === null ? display : path.relative(io.cwd, file.path).split(path.sep).join('/');
}
