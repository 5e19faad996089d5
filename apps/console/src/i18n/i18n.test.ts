import { describe, expect, it } from 'vitest';
import { messages } from './i18nProvider';

/** Every leaf key of a message tree, as "a.b.c". */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
const at = (tree: object, key: string): unknown =>
  key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], tree);

describe('Vietnamese messages', () => {
  const english = keys(messages.en);

  it('cover react-admin and the application', () => {
    expect(english.length).toBeGreaterThan(300);
  });

  it.each(english)('has a Vietnamese text for %s', (key) => {
    const vi = at(messages.vi, key);
    expect(typeof vi, key).toBe('string');
    // ra.boolean.null is a deliberate blank in every language.
    if (key !== 'ra.boolean.null') expect((vi as string).trim(), key).not.toBe('');
  });

  it('keep the same %{placeholders} as English', () => {
    // Distinct names: a plural form repeats them ("%{smart_count} year |||| %{smart_count} years").
    const names = (s: string) => [...new Set([...s.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort();
    const mismatched = english.filter(
      (key) =>
        JSON.stringify(names(String(at(messages.en, key)))) !== JSON.stringify(names(String(at(messages.vi, key)))),
    );
    expect(mismatched).toEqual([]);
  });
});

describe('message keys used in the code', () => {
  const sources = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;
  // Literal keys only ('thidua.x.y', 'resources.r.fields.f', …); keys built at run time are covered by the label tables.
  const used = [
    ...new Set(
      Object.values(sources).flatMap((code) =>
        [...code.matchAll(/['`]((?:thidua|ra|resources)\.[a-z_]+(?:\.[A-Za-z_]+)+)['`]/g)].map((m) => m[1]!),
      ),
    ),
  ];

  it('finds the keys', () => {
    expect(used.length).toBeGreaterThan(50);
  });

  it.each(used)('%s exists in Vietnamese and English', (key) => {
    expect(typeof at(messages.vi, key), key).toBe('string');
    expect(typeof at(messages.en, key), key).toBe('string');
  });
});
