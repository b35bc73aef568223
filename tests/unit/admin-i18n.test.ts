import { en } from '../../admin/i18n/en';
import { ru } from '../../admin/i18n/ru';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();
}

describe('the admin panel speaks Russian and English', () => {
  it('has the same keys in both languages', () => {
    expect(keys(ru as unknown as Tree).sort()).toEqual(keys(en as unknown as Tree).sort());
  });

  it('uses the same placeholders in both languages', () => {
    const lookup = (tree: Tree, path: string) => path.split('.').reduce<string | Tree>((node, key) => (node as Tree)[key], tree) as string;
    for (const key of keys(en as unknown as Tree)) {
      expect([key, placeholders(lookup(ru as unknown as Tree, key))]).toEqual([key, placeholders(lookup(en as unknown as Tree, key))]);
    }
  });
});
