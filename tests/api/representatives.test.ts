import { Role } from '../../api/modules/users/role';
import { makePlatform, makeRepresentative, makeUser } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const CREATE_REPRESENTATIVE = 'mutation($input: CreateRepresentativeInput!) { createRepresentative(input: $input) { id name isActive version } }';
const CREATE_ACCOUNT = `mutation($input: CreateOfficialAccountInput!) {
  createOfficialAccount(input: $input) { id handle displayName profileUrl platform { name } representative { name } }
}`;

describe('representatives and their official accounts', () => {
  it('a PR specialist makes a staff member with the REPRESENTATIVE role a representative, with an official account per platform', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const candidates = await app.gql('{ representativeCandidates { id } }', {}, world.pr);
    expect(candidates.data!.representativeCandidates).toEqual([{ id: world.userIds.representative }]);

    const created = await app.gql(CREATE_REPRESENTATIVE, { input: { userId: world.userIds.representative, note: 'Будни с 9 до 18' } }, world.pr);
    expect(created.data!.createRepresentative).toMatchObject({ isActive: true, version: 1 });
    const account = await app.gql(
      CREATE_ACCOUNT,
      {
        input: {
          representativeId: created.data!.createRepresentative.id,
          platformId: platform.id,
          handle: '@Avtolider_official',
          displayName: `${world.client.brandName} — официальный представитель`,
          profileUrl: 'https://tiggo-club.example/users/avtolider_official',
        },
      },
      world.pr,
    );
    expect(account.errors).toBeUndefined();
    expect(account.data!.createOfficialAccount).toMatchObject({ handle: 'Avtolider_official', platform: { name: platform.name } });
    const list = await app.gql('{ allRepresentatives { id name accounts { handle } } _allRepresentativesMeta { count } }', {}, world.representative);
    expect(list.data!.allRepresentatives).toEqual([{ id: created.data!.createRepresentative.id, name: expect.any(String), accounts: [{ handle: 'Avtolider_official' }] }]);
    expect((await app.gql('{ representativeCandidates { id } }', {}, world.pr)).data!.representativeCandidates).toEqual([]);
  });

  it('an official account must name the brand: there are no anonymous accounts', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const { representative } = await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative });
    const error = errorOf(
      await app.gql(
        CREATE_ACCOUNT,
        { input: { representativeId: representative.id, platformId: platform.id, handle: 'ivan1987', displayName: 'Иван, просто автолюбитель', profileUrl: 'https://forum.example/u/ivan1987' } },
        world.pr,
      ),
      'BAD_USER_INPUT',
    );
    expect(error.extensions).toMatchObject({ reason: 'BRAND_NOT_DISCLOSED', fields: [{ field: 'displayName' }] });
    expect(error.message).toContain(`must name the brand "${world.client.brandName}"`);
    expect(error.message).toContain('never anonymous');
    const renamed = await makeRepresentative(app.dataSource, world.client, { platforms: [platform] });
    const UPDATE = 'mutation($id: ID!, $input: UpdateOfficialAccountInput!) { updateOfficialAccount(id: $id, input: $input) { displayName } }';
    errorOf(await app.gql(UPDATE, { id: renamed.accounts[0].id, input: { displayName: 'Анонимный помощник', version: 1 } }, world.pr), 'BAD_USER_INPUT');
  });

  it('only users holding the REPRESENTATIVE role in the client can become representatives, once', async () => {
    const world = await makeClientWorld(app.dataSource);
    const notOne = errorOf(await app.gql(CREATE_REPRESENTATIVE, { input: { userId: world.userIds.trainer } }, world.pr), 'BAD_USER_INPUT');
    expect(notOne.extensions.reason).toBe('NOT_A_REPRESENTATIVE');
    const other = await makeClientWorld(app.dataSource);
    errorOf(await app.gql(CREATE_REPRESENTATIVE, { input: { userId: other.userIds.representative } }, world.pr), 'BAD_USER_INPUT');
    await app.gql(CREATE_REPRESENTATIVE, { input: { userId: world.userIds.representative } }, world.pr);
    errorOf(await app.gql(CREATE_REPRESENTATIVE, { input: { userId: world.userIds.representative } }, world.pr), 'CONFLICT');
  });

  it('one account per representative and platform, and one holder per handle', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const first = await makeRepresentative(app.dataSource, world.client, { platforms: [platform] });
    const { user } = await makeUser(app.dataSource, { roles: [[world.client, Role.REPRESENTATIVE]] });
    const second = await makeRepresentative(app.dataSource, world.client, { userId: user.id });
    const input = (representativeId: string, handle: string) => ({ representativeId, platformId: platform.id, handle, displayName: `${world.client.brandName}`, profileUrl: 'https://forum.example/u/x' });
    expect(errorOf(await app.gql(CREATE_ACCOUNT, { input: input(first.representative.id, 'another') }, world.pr), 'CONFLICT').extensions.reason).toBe('DUPLICATE_ACCOUNT');
    expect(errorOf(await app.gql(CREATE_ACCOUNT, { input: input(second.representative.id, first.accounts[0].handle) }, world.pr), 'CONFLICT').extensions.reason).toBe('DUPLICATE_HANDLE');
  });

  it('everyone of the client sees representatives; only PR specialists change them', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { representative } = await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative });
    const UPDATE = 'mutation($id: ID!, $input: UpdateRepresentativeInput!) { updateRepresentative(id: $id, input: $input) { isActive version } }';
    for (const as of [world.representative, world.responsible, world.trainer]) {
      expect((await app.gql('query($id: ID!) { Representative(id: $id) { id } }', { id: representative.id }, as)).data!.Representative.id).toBe(representative.id);
      errorOf(await app.gql(UPDATE, { id: representative.id, input: { isActive: false, version: 1 } }, as), 'FORBIDDEN');
    }
    errorOf(await app.gql('{ allRepresentatives { id } }', {}, world.key), 'FORBIDDEN');
    expect((await app.gql(UPDATE, { id: representative.id, input: { isActive: false, version: 1 } }, world.pr)).data!.updateRepresentative).toEqual({ isActive: false, version: 2 });
  });
});
