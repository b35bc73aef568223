import { importPage } from './argument-base-import';
import { tryItPage } from './matching';
import { kpiPage } from './kpis';
import type { CustomPage } from './registry/admin-resource';

export type { CustomPage };

/** Every page that is not a resource; each module declares its own in its index.ts. */
export const customPages: readonly CustomPage[] = [tryItPage, importPage, kpiPage];
