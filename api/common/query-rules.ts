import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Depth allowed inside __schema / __type. graphql-armor's maxDepth skips everything under __schema;
 * the standard introspection query of GraphQL's own tools (getIntrospectionQuery) is 13 deep.
 */
export const MAX_INTROSPECTION_DEPTH = 15;
/** One full schema read per request; a few single-type reads. Each __schema answer is the whole contract. */
export const MAX_SCHEMA_READS = 1;
export const MAX_TYPE_READS = 10;
/** The same field (response name) or fragment spread at most this many times in one selection. */
export const MAX_REPEATED_SELECTIONS = 5;

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Depth of a selection set, fragments followed (each once per path, so a cycle cannot loop). */
function depthOf(selectionSet: SelectionSetNode | undefined, fragments: (name: string) => FragmentDefinitionNode | undefined, visiting: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, visiting) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments(name);
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

/**
 * Introspection counts: its depth (fragments included) is limited, and so is how many times one
 * operation reads the schema (fifteen aliased __schema reads made a 4 KB request a 2.7 MB answer).
 */
export function introspectionLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = (name: string) => context.getFragment(name) ?? undefined;
  return {
    OperationDefinition(operation) {
      const reads = { __schema: 0, __type: 0 };
      const walk = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): void => {
        for (const selection of selectionSet?.selections ?? []) {
          if (selection.kind === Kind.FIELD) {
            const name = selection.name.value;
            if (INTROSPECTION_ROOTS.has(name)) {
              reads[name as keyof typeof reads] += 1;
              const depth = 1 + depthOf(selection.selectionSet, fragments, new Set(visiting));
              if (depth > MAX_INTROSPECTION_DEPTH) {
                context.reportError(new GraphQLError(`Introspection depth limit of ${MAX_INTROSPECTION_DEPTH} exceeded, found ${depth}.`, { nodes: [selection] }));
              }
              continue;
            }
            walk(selection.selectionSet, visiting);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            walk(selection.selectionSet, visiting);
          } else if (!visiting.has(selection.name.value)) {
            visiting.add(selection.name.value);
            walk(fragments(selection.name.value)?.selectionSet, visiting);
            visiting.delete(selection.name.value);
          }
        }
      };
      walk(operation.selectionSet, new Set());
      if (reads.__schema > MAX_SCHEMA_READS || reads.__type > MAX_TYPE_READS) {
        context.reportError(
          new GraphQLError(
            `Introspection cost limit exceeded: a request may read __schema ${MAX_SCHEMA_READS} time and __type ${MAX_TYPE_READS} times, found ${reads.__schema} and ${reads.__type}.`,
            { nodes: [operation] },
          ),
        );
      }
    },
  };
}

/** The same field or fragment many times in one selection only costs the server (`{ id id id … }`). */
export function repeatedSelectionsRule(context: ValidationContext): ASTVisitor {
  return {
    SelectionSet(selectionSet) {
      const counts = new Map<string, number>();
      // Inline fragments merge into the selection around them, so their fields count there too.
      const count = (selections: SelectionSetNode['selections']): void => {
        for (const selection of selections) {
          if (selection.kind === Kind.INLINE_FRAGMENT) {
            count(selection.selectionSet.selections);
            continue;
          }
          const key =
            selection.kind === Kind.FIELD ? `"${(selection.alias ?? selection.name).value}"` : `fragment "${selection.name.value}"`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      };
      count(selectionSet.selections);
      for (const [key, count] of counts) {
        if (count > MAX_REPEATED_SELECTIONS) {
          context.reportError(
            new GraphQLError(`${key[0] === '"' ? 'Field ' : ''}${key} is repeated ${count} times in one selection; at most ${MAX_REPEATED_SELECTIONS}.`, { nodes: [selectionSet] }),
          );
        }
      }
    },
  };
}
