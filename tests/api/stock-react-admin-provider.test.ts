import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { getIntrospectionQuery, type IntrospectionObjectType, type IntrospectionQuery, type IntrospectionTypeRef } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'ra-core';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { Client } from '../../api/modules/clients/client.entity';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { makeApiKey } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';

// A database of its own, with the demo data: every resource has records to read.
const app = useTestApp({ ownDatabase: true });

interface Resource {
  name: string;
  /** A field of the list's filter naming another record (`situationId`), for getManyReference; else `ids`. */
  referenceField: string;
}

const named = (type: IntrospectionTypeRef): string | undefined => ('ofType' in type && type.ofType ? named(type.ofType) : 'name' in type ? type.name : undefined);

/** Every resource of the CRUD grammar, read from the schema: each `allXs` query is one, so a new resource is covered at once. */
function resourcesOf(schema: IntrospectionQuery['__schema']): Resource[] {
  const query = schema.types.find((type) => type.name === schema.queryType.name) as IntrospectionObjectType;
  return query.fields
    .filter((field) => /^all[A-Z]/.test(field.name))
    .map((field) => {
      const name = named(field.type)!;
      const filterType = named(field.args.find((arg) => arg.name === 'filter')!.type);
      const filter = schema.types.find((type) => type.name === filterType) as unknown as { inputFields: { name: string }[] };
      const reference = filter.inputFields.map((input) => input.name).find((input) => /^[a-z]+Id$/.test(input));
      return { name, referenceField: reference ?? 'ids' };
    });
}

describe("react-admin's stock ra-data-graphql-simple, unmodified, against the API", () => {
  let provider: DataProvider;
  let resources: Resource[];

  beforeAll(async () => {
    await seedDemoData(app.dataSource);
    const autolider = await app.dataSource.getRepository(Client).findOneByOrFail({ slug: 'autolider' });
    await makeApiKey(app.dataSource, autolider, [ApiKeyScope.REPLIES_READ]);
    const login = await app.gql('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', {
      email: 'admin@repbase.demo',
      password: DEMO_PASSWORD,
    });
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${app.baseUrl()}/graphql`, headers: { authorization: `Bearer ${login.data!.login.token}`, 'x-client': 'autolider' } }),
      cache: new InMemoryCache(),
    });
    provider = await buildGraphQLProvider({ client });
    const introspection = await app.gql<IntrospectionQuery>(getIntrospectionQuery());
    resources = resourcesOf(introspection.data!.__schema);
  }, 120_000);

  it('finds the resources in the schema', () => {
    expect(resources.length).toBeGreaterThanOrEqual(14);
    expect(resources.map((resource) => resource.name)).toEqual(expect.arrayContaining(['Situation', 'Reply', 'Platform', 'Case', 'User', 'Client']));
  });

  it('getList with react-admin\'s default sort (id), then getOne, getMany and getManyReference, on every resource', async () => {
    for (const resource of resources) {
      const list = await provider.getList(resource.name, { pagination: { page: 1, perPage: 2 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
      expect([resource.name, list.data.length > 0, list.total! >= list.data.length]).toEqual([resource.name, true, true]);
      const [first] = list.data;

      const one = await provider.getOne(resource.name, { id: first.id });
      expect(one.data.id).toBe(first.id);

      const many = await provider.getMany(resource.name, { ids: list.data.map((record) => record.id) });
      expect(many.data.map((record) => record.id).sort()).toEqual(list.data.map((record) => record.id).sort());

      // By the record's own reference (a reply's situationId), or by its id when it names none.
      const value = first[resource.referenceField] ?? first[resource.referenceField.replace(/Id$/, '')]?.id;
      const [target, referenced] = value ? [resource.referenceField, value] : ['ids', first.id];
      const references = await provider.getManyReference(resource.name, {
        target,
        id: referenced,
        pagination: { page: 1, perPage: 5 },
        // Ascending: the list's first record (the lowest id) is then on the first page of its reference, however many it has.
        sort: { field: 'id', order: 'ASC' },
        filter: {},
      });
      expect([resource.name, references.data.map((record) => record.id)]).toEqual([resource.name, expect.arrayContaining([first.id])]);
      expect(references.total).toBeGreaterThanOrEqual(1);
    }
    // 56 requests selecting every field of each type (a case's suggestion runs the matcher): seconds alone, more on a busy machine.
  }, 180_000);

  it('pages a list sorted by id without repeating or skipping a row', async () => {
    const page = (number: number) => provider.getList('Situation', { pagination: { page: number, perPage: 3 }, sort: { field: 'id', order: 'DESC' }, filter: {} });
    const [one, two, all] = [await page(1), await page(2), await provider.getList('Situation', { pagination: { page: 1, perPage: 6 }, sort: { field: 'id', order: 'DESC' }, filter: {} })];
    expect([...one.data, ...two.data].map((record) => record.id)).toEqual(all.data.map((record) => record.id));
    expect(all.data.map((record) => record.id)).toEqual([...all.data.map((record) => record.id)].sort().reverse());
  });
});
