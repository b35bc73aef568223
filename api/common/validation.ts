import { getMetadataStorage as getValidationMetadataStorage, validateOrReject, ValidationTypes, type ValidationError, type ValidatorOptions } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { ArgumentValidationError } from 'type-graphql';
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

type RuleLookup = (target: Function, schema: string, always: boolean, strictGroups: boolean, groups?: string[]) => ValidationMetadata[];

/**
 * class-validator looks a class's rules up again on every validation, walking every class it knows
 * (an `instanceof` each, for inherited rules): a few per cent of a list request that sends `perPage`,
 * as the admin's lists all do. The answers are remembered per class and options until a rule is added.
 */
function rememberRuleLookups(): void {
  const storage = getValidationMetadataStorage() as unknown as {
    getTargetValidationMetadatas: RuleLookup;
    addValidationMetadata(metadata: ValidationMetadata): void;
  };
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let remembered = new WeakMap<Function, Map<string, ValidationMetadata[]>>();
  storage.addValidationMetadata = (metadata) => {
    remembered = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let ofTarget = remembered.get(target);
    if (!ofTarget) remembered.set(target, (ofTarget = new Map()));
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let rules = ofTarget.get(key);
    if (!rules) ofTarget.set(key, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
}
rememberRuleLookups();

/** What type-graphql asks of class-validator for every argument: missing properties are not checked. */
const ARGUMENT_RULES: ValidatorOptions = { forbidUnknownValues: false, stopAtFirstError: false, skipMissingProperties: true };

/** Per input class: the properties that carry rules, and whether a rule applies even when absent (@IsDefined). */
const rulesOfClass = new WeakMap<Function, { properties: string[]; evenWhenAbsent: boolean }>();

function rulesOf(target: Function): { properties: string[]; evenWhenAbsent: boolean } {
  let rules = rulesOfClass.get(target);
  if (!rules) {
    const metadata = getValidationMetadataStorage().getTargetValidationMetadatas(target, '', false, false);
    rules = {
      properties: [...new Set(metadata.map((entry) => entry.propertyName))],
      evenWhenAbsent: metadata.some((entry) => entry.type === ValidationTypes.IS_DEFINED),
    };
    rulesOfClass.set(target, rules);
  }
  return rules;
}

function hasSomethingToCheck(value: object): boolean {
  const rules = rulesOf(value.constructor);
  return rules.evenWhenAbsent || rules.properties.some((property) => (value as Record<string, unknown>)[property] != null);
}

/**
 * type-graphql's argument validation, run only where there is input to check: with
 * skipMissingProperties class-validator checks nothing on an argument whose ruled properties are all
 * absent (a list's `page`/`perPage` left out, most reads), yet walked its metadata on every call. Same
 * options and the same ArgumentValidationError as type-graphql's own.
 */
export async function validateArguments(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const items = (Array.isArray(value) ? value : [value]).filter((item): item is object => item !== null && typeof item === 'object' && hasSomethingToCheck(item));
  if (items.length === 0) return;
  try {
    await Promise.all(items.map((item) => validateOrReject(item, ARGUMENT_RULES)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
