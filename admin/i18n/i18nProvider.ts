import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import russianMessages from 'ra-language-russian';
import type { AdminResource } from '../registry/admin-resource';
import { en } from './en';
import { resourceMessages } from './resource-messages';
import { ru } from './ru';

type Tree = { [key: string]: string | Tree };

/** Deep merge: `primary` wins; `fallback` fills the keys `primary` lacks. */
export function withFallback(primary: Tree, fallback: Tree): Tree {
  const merged: Tree = { ...fallback };
  for (const [key, value] of Object.entries(primary)) {
    const base = fallback[key];
    merged[key] = typeof value === 'object' && typeof base === 'object' ? withFallback(value, base) : value;
  }
  return merged;
}

const tree = (messages: unknown) => messages as Tree;

/** The catalogues of both languages: our labels, then the resources' names, then react-admin's own. */
export function catalogues(resources: readonly AdminResource[]): Record<'ru' | 'en', Tree> {
  const english = withFallback(withFallback(tree(en), { resources: resourceMessages(resources, 'en') }), tree(englishMessages));
  // English fills the keys the Russian package of react-admin lacks.
  const russian = withFallback(withFallback(withFallback(tree(ru), { resources: resourceMessages(resources, 'ru') }), tree(russianMessages)), english);
  return { ru: russian, en: english };
}

/** Russian by default; English from the locale menu. The choice is remembered by react-admin's store. */
export function createI18nProvider(resources: readonly AdminResource[]): I18nProvider {
  const messages = catalogues(resources);
  return polyglotI18nProvider((locale) => (messages[locale as 'ru' | 'en'] ?? messages.ru) as unknown as TranslationMessages, 'ru', [
    { locale: 'ru', name: 'Русский' },
    { locale: 'en', name: 'English' },
  ]);
}
