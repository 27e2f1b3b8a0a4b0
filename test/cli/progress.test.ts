import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { fakeIo } from '../helpers/io.js';

function io(options: { tty: boolean; env?: Record<string, string> }) {
  const base = fakeIo({ env: options.env ?? {} });
  let err = '';
  return { ...base, stderr: { write: (s: string) => (err += s), isTTY: options.tty, columns: 60 }, err: () => err };
}

const render = (done: number, total: number) => `${done}/${total}`;

describe('createProgress', () => {
  it.each([
    ['a terminal, CI unset, several files', { tty: true }, 3, true],
    ['stderr not a terminal', { tty: false }, 3, false],
    ['CI set', { tty: true, env: { CI: 'true' } }, 3, false],
    ['a single file', { tty: true }, 1, false],
    ['a record stream of unknown length', { tty: true }, Number.POSITIVE_INFINITY, false],
  ])('draws on %s: %s', (_, options, total, draws) => {
    const target = io(options);
    const progress = createProgress(target, total, render);
    progress.tick(total === Number.POSITIVE_INFINITY ? 3 : total);
    progress.clear();
    expect(target.err()).toBe(draws ? `\r${total}/${total}\x1b[K\r\x1b[K` : '');
  });

  it('wipes only a line it drew', () => {
    const target = io({ tty: true });
    createProgress(target, 3, render).clear();
    expect(target.err()).toBe('');
  });
});
