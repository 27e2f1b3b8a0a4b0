import { describe, expect, it } from 'vitest';
import { fullCollection } from '../../src/cli/collect.js';

describe('fullCollection', () => {
  it('gives V8 full collection, the same function each time', () => {
    const collect = fullCollection();
    expect(collect).toBeTypeOf('function');
    expect(fullCollection()).toBe(collect);
    expect(() => collect!()).not.toThrow();
  });

  it('frees what nothing holds any more', async () => {
    const collect = fullCollection()!;
    let dropped: object | null = { big: new Uint8Array(1 << 20) };
    const watch = new WeakRef(dropped);
    dropped = null;
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    expect(watch.deref()).toBeUndefined();
  });
});
