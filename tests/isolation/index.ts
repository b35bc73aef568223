import { foundationCases } from './foundation.cases';
import type { IsolationCase } from './harness';
import { platformCases } from './platforms.cases';
import { matchingCases } from './matching.cases';

/** Every module's isolation cases; each module adds its file here. */
export const isolationCases: IsolationCase<any>[] = [...foundationCases, ...platformCases, ...matchingCases];
