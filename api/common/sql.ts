/** Escapes LIKE wildcards so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** `%text%` for ILIKE, with the user's wildcards escaped. */
export function containing(text: string): string {
  return `%${escapeLike(text.trim())}%`;
}
