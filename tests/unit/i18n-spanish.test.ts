import { describe, expect, it } from 'vitest';
import en from '../../src/renderer/src/locales/en.json';
import es from '../../src/renderer/src/locales/es.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a catalogue as `dotted.key -> text`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(`${prefix}${key}`, value);
    else for (const [inner, text] of leaves(value, `${prefix}${key}.`)) found.set(inner, text);
  }
  return found;
}

/** The i18next placeholders a sentence uses (`{{name}}`), and nested keys (`$t(...)`). */
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^{}\s,]+)[^{}]*\}\}|\$t\(([^)]*)\)/g)]
    .map((match) => match[1] ?? match[2])
    .sort();

const english = leaves(en as Tree);
const spanish = leaves(es as Tree);

describe('the Spanish catalogue', () => {
  it('has every key of the English one', () => {
    expect([...english.keys()].filter((key) => !spanish.has(key))).toEqual([]);
  });

  it('has no key the English one lacks (a misspelled or left-over key)', () => {
    expect([...spanish.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('uses the same interpolation variables in every sentence', () => {
    const differing = [...english].flatMap(([key, text]) => {
      const translated = spanish.get(key);
      if (translated === undefined) return [];
      const want = placeholders(text);
      const got = placeholders(translated);
      return JSON.stringify(want) === JSON.stringify(got)
        ? []
        : [`${key}: ${want.join(',')} ≠ ${got.join(',')}`];
    });
    expect(differing).toEqual([]);
  });

  it('has no empty sentence', () => {
    expect([...spanish].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});
