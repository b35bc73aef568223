import { foundationCases } from './foundation.cases';
import type { IsolationCase } from './harness';
import { platformCases } from './platforms.cases';
import { crmCases } from './crm.cases';

/** Every module's isolation cases; each module adds its file here. */
export const isolationCases: IsolationCase<any>[] = [...foundationCases, ...platformCases, ...crmCases];
