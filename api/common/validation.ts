import { badInput } from './errors';
import { ErrorReason } from './error-reasons';
/** Shared input rules, each with a message a person can act on. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MESSAGE = 'use lower-case Latin letters, digits and single hyphens, e.g. "bank-severny"';
export const notBlank = (what: string) => ({ message: `${what} cannot be empty` });
export const maxLength = (what: string, length: number) => ({ message: `${what} can be at most ${length} characters` });

/** For scalar Int arguments, which class-validator cannot see: refuses a value outside min..max, naming the argument. */
export function intInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput({ field, message: `${field} must be between ${min} and ${max}` }, ErrorReason.INVALID_INPUT);
  }
  return value;
}
