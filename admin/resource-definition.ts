/**
 * How a react-admin resource maps onto the API's list grammar. For type `ApiKey` (plural `ApiKeys`)
 * the data provider calls: allApiKeys(page, perPage, sortField, sortOrder, filter),
 * _allApiKeysMeta(filter) { count }, ApiKey(id), createApiKey(input), updateApiKey(id, input),
 * deleteApiKey(id).
 */
export interface ResourceDefinition {
  type: string;
  plural: string;
  /** The selection set read for each record. */
  fields: string;
  filterType: string;
  createInputType?: string;
  updateInputType?: string;
  /** Picks what the create input accepts from the form's data. */
  toCreateInput?: (data: Record<string, any>) => Record<string, unknown>;
  /** Picks what the update input accepts; the version read is added by the data provider. */
  toUpdateInput?: (data: Record<string, any>) => Record<string, unknown>;
  /** The created record's path in the create mutation's answer, when it returns a wrapper. */
  createdRecordField?: string;
  /** Extra fields of the create answer, beside the record (e.g. an API key's one-time secret). */
  createdExtraFields?: string;
}

/** Keeps only the listed keys that are present in `data`. */
export function pick(data: Record<string, any>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]));
}
