import type { ComponentType } from 'react';
import { tryItRoute } from './matching';

/** A page of the panel that is not a resource: its route and its menu entry (each module appends its own). */
export interface CustomPage {
  path: string;
  labelKey: string;
  icon: ComponentType;
}

export const customPages: CustomPage[] = [tryItRoute];
