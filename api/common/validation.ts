/** Shared input rules, each with a message a person can act on. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MESSAGE = 'use lower-case Latin letters, digits and single hyphens, e.g. "bank-severny"';
export const notBlank = (what: string) => ({ message: `${what} cannot be empty` });
export const maxLength = (what: string, length: number) => ({ message: `${what} can be at most ${length} characters` });
