import { en } from '../../admin/i18n/en';
import { ru } from '../../admin/i18n/ru';

type Tree = { [key: string]: string | Tree };

/** Every message as [path, text]; a path is a list of keys, since keys may hold dots themselves. */
function entries(tree: Tree, path: string[] = []): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[JSON.stringify([...path, key]), value] as [string, string]] : entries(value, [...path, key]),
  );
}

// A set, not a count: plural forms repeat %{smart_count}, and Russian has three forms to English's two.
const placeholders = (text: string) => [...new Set([...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe('the admin panel speaks Russian and English', () => {
  const russian = new Map(entries(ru as unknown as Tree));
  const english = new Map(entries(en as unknown as Tree));

  it('has the same keys in both languages', () => {
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const [path, text] of english) {
      expect([path, placeholders(russian.get(path) ?? '')]).toEqual([path, placeholders(text)]);
    }
  });
});
