import { describe, expect, it } from 'vitest';
import en from './en.json';
import pl from './pl.json';

type Tree = { [key: string]: string | Tree };

/** Every key of a catalogue as a dotted path, with its text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const catalogues = { pl: flatten(pl), en: flatten(en) };

describe('translation catalogues', () => {
  it('have exactly the same keys in Polish and English', () => {
    const plKeys = [...catalogues.pl.keys()].sort();
    const enKeys = [...catalogues.en.keys()].sort();
    expect(enKeys).toEqual(plKeys);
  });

  it.each(Object.entries(catalogues))('has no empty texts in %s', (_locale, entries) => {
    const empty = [...entries].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...catalogues.pl].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(catalogues.en.get(key) ?? '').join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('writes Polish with its diacritics', () => {
    expect(catalogues.pl.get('login.submit')).toBe('Zaloguj się');
    expect(catalogues.pl.get('nav.audit')).toBe('Dziennik zdarzeń');
    expect(catalogues.pl.get('account.logoutAll')).toBe('Wyloguj ze wszystkich urządzeń');
  });
});
