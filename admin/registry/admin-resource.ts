import type { ComponentType, ReactElement } from 'react';
import type { ResourceDefinition } from '../resource-definition';
import type { Access } from './access';

/** Where an entry sits in the menu: the group (by what people come to do) and its rank inside it. */
export interface MenuPlace {
  group: 'work' | 'knowledge' | 'setup';
  order: number;
}

/**
 * How the Russian UI names a resource's records. react-admin builds its titles and messages by
 * putting one word form into a fixed sentence ("Создать %{name}"), which cannot agree in case or
 * gender; these forms let every sentence be written whole (see i18n/resource-messages.ts).
 */
export interface RussianNames {
  /** Nominative singular: "ситуация". */
  one: string;
  /** Nominative plural: "ситуации". */
  many: string;
  /** Genitive plural, after "нет": "ситуаций". */
  genitiveMany: string;
  /** Accusative singular, after "создать", "удалить": "ситуацию". */
  accusative: string;
  gender: 'masculine' | 'feminine' | 'neuter';
  /** The list's title and menu label when it is not simply the plural: "Аргументарная база". */
  title?: string;
}

export interface EnglishNames {
  one: string;
  many: string;
  title?: string;
}

export interface ResourceViews {
  list?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  show?: ComponentType;
  icon?: ComponentType;
  recordRepresentation?: string | ((record: any) => string) | ReactElement;
}

/** A page routed beside a resource's views, e.g. /brief-diff or /escalations/:id/archive. */
export interface ResourceRoute {
  path: string;
  element: ComponentType;
  access: Access;
}

/**
 * Everything the panel knows about one resource, declared once in the resource's folder: the App
 * registers its views and routes, the Menu places it, the data provider reads its GraphQL mapping,
 * the i18n provider writes its titles and messages from its names.
 */
export interface AdminResource {
  /** react-admin's resource name, the path segment: "api-keys". */
  name: string;
  views: ResourceViews;
  access: {
    /** Who sees the resource at all. */
    read: Access;
    /** Who may create; the create view is not registered for others. Defaults to `read`. */
    create?: Access;
    /** Who may edit; the edit view is not registered for others. Defaults to `read`. */
    edit?: Access;
    /** Who is offered delete (see useResourceAccess); nobody when absent. */
    delete?: Access;
  };
  /** Absent: reached from other pages only (replies, from their situation). */
  menu?: MenuPlace;
  /** Absent: the views ask the API themselves (the brief in force, my questions). */
  graphql?: ResourceDefinition;
  names: { ru: RussianNames; en: EnglishNames };
  routes?: ResourceRoute[];
}

/** A page of its own (not a resource): routed under <CustomRoutes> and listed in the menu. */
export interface CustomPage {
  path: string;
  /** i18n key of the menu label. */
  label: string;
  icon: ComponentType;
  element: ComponentType;
  access: Access;
  menu: MenuPlace;
}
