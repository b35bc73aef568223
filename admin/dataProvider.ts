import type { DataProvider, RaRecord } from 'react-admin';
import { graphql } from './graphql';
import type { ResourceDefinition } from './resource-definition';

/** Removes empty filter values react-admin keeps for cleared inputs. */
function cleanFilter(filter: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== '' && value !== undefined && value !== null));
}

/**
 * A data provider for the API's list grammar (see resource-definition.ts). Resources it does not
 * know are a programming error, reported as such. Its refusals are ApiErrors in the UI's language,
 * naming the resource's field labels, so react-admin's own save and delete notifications read well.
 */
export function createDataProvider(resources: Record<string, ResourceDefinition>): DataProvider {
  const definition = (resource: string): ResourceDefinition => {
    const found = resources[resource];
    if (!found) throw new Error(`The admin has no GraphQL definition for resource "${resource}"`);
    return found;
  };

  const list = async (resource: string, params: { pagination?: { page: number; perPage: number }; sort?: { field: string; order: string }; filter?: Record<string, unknown> }) => {
    const { plural, fields, filterType } = definition(resource);
    const data = await graphql<{ items: RaRecord[]; total: { count: number } }>(
      `query List($page: Int, $perPage: Int, $sortField: String, $sortOrder: SortOrder, $filter: ${filterType}) {
        items: all${plural}(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) { ${fields} }
        total: _all${plural}Meta(filter: $filter) { count }
      }`,
      {
        page: params.pagination ? params.pagination.page - 1 : 0,
        perPage: params.pagination?.perPage ?? 500,
        sortField: params.sort?.field && params.sort.field !== 'id' ? params.sort.field : undefined,
        sortOrder: params.sort?.order === 'ASC' || params.sort?.order === 'DESC' ? params.sort.order : undefined,
        filter: cleanFilter(params.filter),
      },
      { resource },
    );
    return { data: data.items, total: data.total.count };
  };

  return {
    getList: (resource, params) => list(resource, params) as Promise<any>,

    async getOne(resource, { id }) {
      const { type, fields } = definition(resource);
      const data = await graphql<{ record: RaRecord }>(`query One($id: ID!) { record: ${type}(id: $id) { ${fields} } }`, { id }, { resource });
      return { data: data.record as any };
    },

    async getMany(resource, { ids }) {
      const result = await list(resource, { filter: { ids }, pagination: { page: 1, perPage: Math.max(ids.length, 1) } });
      return { data: result.data as any };
    },

    async getManyReference(resource, { target, id, pagination, sort, filter }) {
      return list(resource, { pagination, sort, filter: { ...filter, [target]: id } }) as any;
    },

    async create(resource, { data }) {
      const { type, fields, createInputType, toCreateInput, createdRecordField, createdExtraFields } = definition(resource);
      if (!createInputType) throw new Error(`Resource "${resource}" cannot be created from the admin`);
      const selection = createdRecordField ? `${createdRecordField} { ${fields} } ${createdExtraFields ?? ''}` : fields;
      const answer = await graphql<{ created: Record<string, any> }>(
        `mutation Create($input: ${createInputType}!) { created: create${type}(input: $input) { ${selection} } }`,
        { input: toCreateInput ? toCreateInput(data) : data },
        { resource },
      );
      const record = createdRecordField ? { ...answer.created[createdRecordField], ...answer.created } : answer.created;
      if (createdRecordField) delete record[createdRecordField];
      return { data: record as any };
    },

    async update(resource, { id, data, previousData }) {
      const { type, fields, updateInputType, toUpdateInput } = definition(resource);
      if (!updateInputType) throw new Error(`Resource "${resource}" cannot be edited from the admin`);
      // The version the form was loaded with: an edit made meanwhile by someone else is a CONFLICT.
      const input = { ...(toUpdateInput ? toUpdateInput(data) : data), version: previousData.version };
      const answer = await graphql<{ updated: RaRecord }>(
        `mutation Update($id: ID!, $input: ${updateInputType}!) { updated: update${type}(id: $id, input: $input) { ${fields} } }`,
        { id, input },
        { resource },
      );
      return { data: answer.updated as any };
    },

    async updateMany() {
      throw new Error('Bulk updates are not offered');
    },

    async delete(resource, { id, previousData }) {
      const { type } = definition(resource);
      await graphql(`mutation Delete($id: ID!) { delete${type}(id: $id) { id } }`, { id }, { resource });
      return { data: (previousData ?? { id }) as any };
    },

    async deleteMany() {
      throw new Error('Bulk deletes are not offered');
    },
  };
}
