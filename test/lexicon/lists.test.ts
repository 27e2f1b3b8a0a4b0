import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = path.resolve(__dirname, '../../src/lexicon');
const modules = readdirSync(folder).filter((file) => file.endsWith('.ts'));

describe('word lists in src/lexicon', () => {
  it('has lists to check', () => {
    expect(modules.length).toBeGreaterThan(1);
  });

  for (const file of modules) {
    it(`${file}: every list is sorted, unique and lower case; every table has lower-case keys`, async () => {
      const exported = (await import(path.join(folder, file))) as Record<string, unknown>;
      let lists = 0;
      for (const [name, value] of Object.entries(exported)) {
        expect(value, `${name} is a Set: export the list and build the set where it is used`).not.toBeInstanceOf(Set);
        if (value instanceof Map) {
          for (const key of value.keys()) expect(typeof key === 'string' && key === key.toLowerCase(), `${name}: key "${String(key)}"`).toBe(true);
          continue;
        }
        if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) continue;
        lists++;
        const words = value as string[];
        expect(words.length, `${name} is empty`).toBeGreaterThan(0);
        for (const word of words) expect(word, `${name}: "${word}" is not lower case`).toBe(word.toLowerCase());
        expect(new Set(words).size, `${name} repeats a word`).toBe(words.length);
        expect(words, `${name} is not sorted`).toEqual([...words].sort());
      }
      expect(lists, `${file} exports no word list`).toBeGreaterThan(0);
    });
  }
});
