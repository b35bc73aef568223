/**
 * The argument base's list search (`filter.q`): a text matches when it holds every word of the query
 * in any of its forms ("гарантия" finds "Запчасть по гарантии"), or holds the query literally (a key,
 * the start of a word being typed). Word forms come from `situation_match_lexemes`, the matcher's own
 * SQL function (PostgreSQL's `russian` configuration, ё folded), so search and matching stem alike.
 * The query's lexemes are bound as `:q`; a query of stop words only has none and matches literally.
 */
export function matchesSearch(column: string): string {
  return `(${column} ILIKE :qLiteral OR (cardinality(situation_match_lexemes(:q)) > 0 AND situation_match_lexemes(${column}) @> situation_match_lexemes(:q)))`;
}
