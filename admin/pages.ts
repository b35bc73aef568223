import type { ComponentType } from 'react';
import { importPage } from './argument-base-import';
import { tryItPage } from './matching';

/** A page of its own (not a resource): routed under <CustomRoutes> and listed in the menu. */
export interface CustomPage {
  path: string;
  /** i18n key of the menu label. */
  label: string;
  icon: ComponentType;
  element: ComponentType;
  /** Roles that see it (ADMIN sees all); none means everyone. */
  roles?: string[];
}

/** Every custom page; each module appends its own. */
export const customPages: CustomPage[] = [tryItPage, importPage];
