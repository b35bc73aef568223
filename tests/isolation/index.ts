import { foundationCases } from './foundation.cases';
import type { IsolationCase } from './harness';

/** Every module's isolation cases; later modules add their file here. */
export const isolationCases: IsolationCase<any>[] = [...foundationCases];
