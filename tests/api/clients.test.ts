import { Role } from '../../api/modules/users/role';
import { makeClient, makeUser, unique } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeAdmin } from '../helpers/world';

const app = useTestApp();

const CREATE = `mutation($input: CreateClientInput!) { createClient(input: $input) { id name slug brandName version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { id name brandName version } }`;

describe('clients', () => {
  it('an administrator creates a client with name, slug and brand name', async () => {
    const admin = await makeAdmin(app.dataSource);
    const slug = unique('dealer');
    const result = await app.gql(CREATE, { input: { name: 'Автосалоны «Юг»', slug, brandName: 'Юг-Авто' } }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.createClient).toMatchObject({ name: 'Автосалоны «Юг»', slug, brandName: 'Юг-Авто', version: 1 });
  });

  it('names each invalid field and says how to fix it', async () => {
    const admin = await makeAdmin(app.dataSource);
    const error = errorOf(await app.gql(CREATE, { input: { name: '', slug: 'Плохой слаг', brandName: 'Бренд' } }, admin), 'BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'name cannot be empty' },
        { field: 'slug', message: expect.stringContaining('lower-case Latin letters') },
      ]),
    );
    expect(error.message).toMatch(/^name: name cannot be empty; slug: /);
  });

  it('refuses a slug that is already taken with CONFLICT naming the field', async () => {
    const admin = await makeAdmin(app.dataSource);
    const existing = await makeClient(app.dataSource);
    const error = errorOf(await app.gql(CREATE, { input: { name: 'Другой', slug: existing.slug, brandName: 'Другой' } }, admin), 'CONFLICT');
    expect(error.extensions.fields).toEqual([{ field: 'slug', message: 'is already used by another client' }]);
  });

  it("a client's days are Moscow's until an administrator sets another IANA time zone; an unknown one is refused by name", async () => {
    const admin = await makeAdmin(app.dataSource);
    const client = await makeClient(app.dataSource);
    const READ = `query($id: ID!) { Client(id: $id) { timeZone callCentreAnswerMinutes version } }`;
    expect((await app.gql(READ, { id: client.id }, admin)).data!.Client).toMatchObject({ timeZone: 'Europe/Moscow', callCentreAnswerMinutes: null });
    const SET = `mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { timeZone callCentreAnswerMinutes } }`;
    const wrong = errorOf(await app.gql(SET, { id: client.id, input: { timeZone: 'Moscow/Kremlin', version: client.version } }, admin), 'BAD_USER_INPUT');
    expect(wrong.extensions.fields).toEqual([{ field: 'timeZone', message: expect.stringContaining('IANA') }]);
    const saved = await app.gql(SET, { id: client.id, input: { timeZone: 'Asia/Yekaterinburg', callCentreAnswerMinutes: 240, version: client.version } }, admin);
    expect(saved.data!.updateClient).toEqual({ timeZone: 'Asia/Yekaterinburg', callCentreAnswerMinutes: 240 });
  });

  it('only administrators create or change clients', async () => {
    const client = await makeClient(app.dataSource);
    for (const role of [Role.PR_SPECIALIST, Role.RESPONSIBLE, Role.REPRESENTATIVE, Role.TRAINER]) {
      const { token } = await makeUser(app.dataSource, { roles: [[client, role]] });
      const created = await app.gql(CREATE, { input: { name: 'X', slug: unique('x'), brandName: 'X' } }, { token });
      expect(errorOf(created, 'FORBIDDEN').message).toBe('Only an agency administrator may do this.');
      errorOf(await app.gql(UPDATE, { id: client.id, input: { name: 'Y', version: 1 } }, { token }), 'FORBIDDEN');
    }
  });

  it('an update made on a stale version is refused with CONFLICT saying who changed what', async () => {
    const first = await makeUser(app.dataSource, { isAdmin: true });
    const second = await makeAdmin(app.dataSource);
    const client = await makeClient(app.dataSource);
    const saved = await app.gql(UPDATE, { id: client.id, input: { brandName: 'Новый бренд', version: client.version } }, { token: first.token });
    expect(saved.data!.updateClient.version).toBe(client.version + 1);

    const stale = errorOf(await app.gql(UPDATE, { id: client.id, input: { name: 'Моё название', version: client.version } }, second), 'CONFLICT');
    expect(stale.message).toContain(first.user.email);
    expect(stale.message).toContain('brandName');
    expect(stale.extensions).toMatchObject({
      reason: 'STALE_VERSION',
      expectedVersion: client.version,
      currentVersion: client.version + 1,
      changes: [expect.objectContaining({ by: first.user.email, fields: ['brandName'] })],
      current: expect.objectContaining({ brandName: 'Новый бренд', name: client.name }),
    });
    const reread = await app.gql('query($id: ID!) { Client(id: $id) { name brandName } }', { id: client.id }, second);
    expect(reread.data!.Client).toEqual({ name: client.name, brandName: 'Новый бренд' });
  });

  it('staff see the clients they work for; administrators see all', async () => {
    const mine = await makeClient(app.dataSource);
    const other = await makeClient(app.dataSource);
    const { token } = await makeUser(app.dataSource, { roles: [[mine, Role.TRAINER]] });
    const list = await app.gql('{ allClients(perPage: 500) { slug } _allClientsMeta { count } }', {}, { token });
    expect(list.data!.allClients).toEqual([{ slug: mine.slug }]);
    expect(list.data!._allClientsMeta.count).toBe(1);

    const admin = await makeAdmin(app.dataSource);
    const all = await app.gql('query($q: String) { allClients(perPage: 500, filter: { q: $q }) { slug } }', { q: other.slug }, admin);
    expect(all.data!.allClients).toEqual([{ slug: other.slug }]);
  });

  it('sorts only by known fields', async () => {
    const admin = await makeAdmin(app.dataSource);
    const error = errorOf(await app.gql('{ allClients(sortField: "name; DROP TABLE client") { id } }', {}, admin), 'BAD_USER_INPUT');
    expect(error.message).toMatch(/cannot sort by .*choose one of name, slug, brandName, createdAt/);
  });
});
