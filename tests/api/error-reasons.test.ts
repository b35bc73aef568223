import { ErrorReason } from '../../api/common/error-reasons';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

describe('refusal reasons, as an outside program meets them', () => {
  it('the schema publishes the closed set as the ErrorReason enum, and errorReasons lists it with meanings, signed in or not', async () => {
    const schema = await app.gql('{ __type(name: "ErrorReason") { kind enumValues { name description } } }');
    expect(schema.data!.__type.kind).toBe('ENUM');
    expect(schema.data!.__type.enumValues.map((value: { name: string }) => value.name).sort()).toEqual(Object.values(ErrorReason).sort());
    expect(schema.data!.__type.enumValues.every((value: { description: string }) => value.description.length > 10)).toBe(true);

    const listed = await app.gql('{ errorReasons { reason meaning } }');
    expect(listed.data!.errorReasons).toHaveLength(Object.values(ErrorReason).length);
    expect(listed.data!.errorReasons).toContainEqual({ reason: 'ALREADY_ARCHIVED', meaning: expect.stringContaining('archived') });
  });

  it('an input the validation rules refuse is INVALID_INPUT, each field problem named by its path', async () => {
    const world = await makeClientWorld(app.dataSource);
    const error = errorOf(await app.gql('{ allSituations(perPage: 0) { id } }', {}, world.pr), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ reason: 'INVALID_INPUT', fields: [{ field: 'perPage', message: expect.any(String) }] });
  });

  it('a service refusal carries its reason and the field', async () => {
    const world = await makeClientWorld(app.dataSource);
    const error = errorOf(await app.gql('{ allPlatforms(sortField: "secret") { id } }', {}, world.pr), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ reason: 'UNKNOWN_SORT_FIELD', fields: [{ field: 'sortField' }] });
    expect(error.message).toContain('createdAt, id');
  });

  it('not signed in is SIGN_IN_REQUIRED; an unknown id NOT_FOUND', async () => {
    expect(errorOf(await app.gql('{ allPlatforms { id } }'), 'UNAUTHENTICATED').extensions.reason).toBe('SIGN_IN_REQUIRED');
    const world = await makeClientWorld(app.dataSource);
    const missing = errorOf(await app.gql('{ Platform(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, world.pr), 'NOT_FOUND');
    expect(missing.extensions.reason).toBe('NOT_FOUND');
  });
});

describe('lists in the stock grammar', () => {
  it('count with the list\'s own arguments, and sort by id on every list, the id breaking ties', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql(
      '{ allPlatforms(page: 0, perPage: 5, sortField: "id", sortOrder: DESC) { id } _allPlatformsMeta(page: 0, perPage: 5, sortField: "id", sortOrder: DESC, filter: {}) { count } }',
      {},
      world.pr,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._allPlatformsMeta.count).toBeGreaterThanOrEqual(0);
  });
});
