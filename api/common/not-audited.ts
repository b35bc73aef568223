const hiddenProperties = new WeakMap<object, Set<string>>();

/** Keeps a column (a password hash, a key hash) out of audit snapshots. */
export function NotAudited(): PropertyDecorator {
  return (prototype, property) => {
    const owner = prototype.constructor;
    const hidden = hiddenProperties.get(owner) ?? new Set<string>();
    hidden.add(String(property));
    hiddenProperties.set(owner, hidden);
  };
}

export function isNotAudited(entityClass: Function, property: string): boolean {
  for (let owner: Function | null = entityClass; owner && owner !== Function.prototype; owner = Object.getPrototypeOf(owner)) {
    if (hiddenProperties.get(owner)?.has(property)) return true;
  }
  return false;
}
