import type { AdminResource, EnglishNames, RussianNames } from '../registry/admin-resource';

type Tree = { [key: string]: string | Tree };

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const NEW = { masculine: 'Новый', feminine: 'Новая', neuter: 'Новое' };
const CREATED = { masculine: 'создан', feminine: 'создана', neuter: 'создано' };
const SAVED = { masculine: 'сохранён', feminine: 'сохранена', neuter: 'сохранено' };
const DELETED = { masculine: 'удалён', feminine: 'удалена', neuter: 'удалено' };

/**
 * react-admin's Russian sentences take one word form ("Создать %{name}", "Нет %{name}."), which gives
 * "Создать Ситуация"; react-admin reads `resources.<name>.page.create`, `.empty`,
 * `.message.delete_title`... first, so each sentence is written here whole, in the right case and gender.
 */
export function russianResourceMessages(names: RussianNames): Tree {
  const { one, many, genitiveMany, accusative, gender, title } = names;
  const heading = `${capital(one)} «%{recordRepresentation}»`;
  return {
    name: `${capital(one)} |||| ${title ?? capital(many)}`,
    page: { list: title ?? capital(many), create: `${NEW[gender]} ${one}`, edit: heading, show: heading },
    empty: `${capital(genitiveMany)} пока нет`,
    invite: `Нажмите «Создать», чтобы добавить ${accusative}.`,
    message: {
      delete_title: `Удалить ${accusative} «%{recordRepresentation}»?`,
      delete_content: `Вы уверены, что хотите удалить ${accusative}?`,
    },
    notifications: { created: `${capital(one)} ${CREATED[gender]}`, updated: `${capital(one)} ${SAVED[gender]}`, deleted: `${capital(one)} ${DELETED[gender]}` },
  };
}

export function englishResourceMessages(names: EnglishNames): Tree {
  const { one, many, title } = names;
  return {
    name: `${capital(one)} |||| ${title ?? capital(many)}`,
    page: { list: title ?? capital(many) },
    empty: `No ${many} yet`,
    message: { delete_title: `Delete ${one} "%{recordRepresentation}"?`, delete_content: `Are you sure you want to delete this ${one}?` },
  };
}

/** `resources.<name>` messages of every resource, from the names each declares. */
export function resourceMessages(resources: readonly AdminResource[], locale: 'ru' | 'en'): Tree {
  return Object.fromEntries(
    resources.map((resource) => [resource.name, locale === 'ru' ? russianResourceMessages(resource.names.ru) : englishResourceMessages(resource.names.en)]),
  );
}
