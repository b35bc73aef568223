import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import russianMessages from 'ra-language-russian';
import { en } from './en';
import { ru } from './ru';

type Tree = { [key: string]: string | Tree };

/** Deep merge: `primary` wins; `fallback` fills keys the Russian package of react-admin lacks. */
function withFallback(primary: Tree, fallback: Tree): Tree {
  const merged: Tree = { ...fallback };
  for (const [key, value] of Object.entries(primary)) {
    const base = fallback[key];
    merged[key] = typeof value === 'object' && typeof base === 'object' ? withFallback(value, base) : value;
  }
  return merged;
}

const catalogues: Record<string, Tree> = {
  ru: withFallback({ ...(russianMessages as unknown as Tree), ...(ru as unknown as Tree) }, { ...(englishMessages as unknown as Tree), ...(en as unknown as Tree) }),
  en: { ...(englishMessages as unknown as Tree), ...(en as unknown as Tree) },
};

/** Russian by default; English from the locale menu. The choice is remembered by react-admin's store. */
export const i18nProvider = polyglotI18nProvider((locale) => (catalogues[locale] ?? catalogues.ru) as unknown as TranslationMessages, 'ru', [
  { locale: 'ru', name: 'Русский' },
  { locale: 'en', name: 'English' },
]);
