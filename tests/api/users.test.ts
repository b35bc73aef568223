import { Membership } from '../../api/modules/users/membership.entity';
import { Role } from '../../api/modules/users/role';
import { FACTORY_PASSWORD, makeClient, makeUser, unique } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeAdmin } from '../helpers/world';

const app = useTestApp();

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email name isAdmin isActive version } }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id role client { slug } user { email } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

describe('users and their roles', () => {
  it('an administrator creates an account that can sign in, and gives it a role in a client', async () => {
    const admin = await makeAdmin(app.dataSource);
    const client = await makeClient(app.dataSource);
    const email = `${unique('rep')}@Example.test`;
    const created = await app.gql(CREATE, { input: { email, name: 'Дмитрий', password: 'секретный-пароль' } }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser).toMatchObject({ email: email.toLowerCase(), isAdmin: false, isActive: true });

    const granted = await app.gql(GRANT, { input: { userId: created.data!.createUser.id, clientId: client.id, role: 'REPRESENTATIVE' } }, admin);
    expect(granted.data!.grantRole).toMatchObject({ role: 'REPRESENTATIVE', client: { slug: client.slug }, user: { email: email.toLowerCase() } });

    const login = await app.gql(LOGIN, { email, password: 'секретный-пароль' });
    const me = await app.gql('{ me { clients { client { slug } roles } } }', {}, { token: login.data!.login.token });
    expect(me.data!.me.clients).toEqual([{ client: { slug: client.slug }, roles: ['REPRESENTATIVE'] }]);
  });

  it('lists users with their memberships, filtered by client and role', async () => {
    const admin = await makeAdmin(app.dataSource);
    const client = await makeClient(app.dataSource);
    const { user } = await makeUser(app.dataSource, { roles: [[client, Role.TRAINER]] });
    await makeUser(app.dataSource, { roles: [[client, Role.REPRESENTATIVE]] });
    const result = await app.gql(
      `query($clientId: ID!) { allUsers(filter: { clientId: $clientId, role: TRAINER }) { email memberships { role client { slug } } } _allUsersMeta(filter: { clientId: $clientId }) { count } }`,
      { clientId: client.id },
      admin,
    );
    expect(result.data!.allUsers).toEqual([{ email: user.email, memberships: [{ role: 'TRAINER', client: { slug: client.slug } }] }]);
    expect(result.data!._allUsersMeta.count).toBe(2);
  });

  it('loads the memberships of a page of users in one query, not one per user', async () => {
    const admin = await makeAdmin(app.dataSource);
    const client = await makeClient(app.dataSource);
    for (let index = 0; index < 5; index += 1) await makeUser(app.dataSource, { roles: [[client, Role.REPRESENTATIVE]] });
    const query = `query($clientId: ID!, $perPage: Int) { allUsers(perPage: $perPage, filter: { clientId: $clientId }) { memberships { client { slug } } } }`;
    const two = await app.gql(query, { clientId: client.id, perPage: 2 }, admin);
    const five = await app.gql(query, { clientId: client.id, perPage: 5 }, admin);
    expect(five.data!.allUsers).toHaveLength(5);
    expect(five.statements).toBe(two.statements);
  });

  it('refuses ADMIN as a client role, and a duplicate e-mail', async () => {
    const admin = await makeAdmin(app.dataSource);
    const client = await makeClient(app.dataSource);
    const { user } = await makeUser(app.dataSource);
    const badRole = errorOf(await app.gql(GRANT, { input: { userId: user.id, clientId: client.id, role: 'ADMIN' } }, admin), 'BAD_USER_INPUT');
    expect(badRole.extensions.fields).toEqual([{ field: 'role', message: expect.stringContaining('ADMIN is set on the user') }]);
    const duplicate = errorOf(await app.gql(CREATE, { input: { email: user.email, name: 'Двойник', password: 'long-enough' } }, admin), 'CONFLICT');
    expect(duplicate.extensions.fields).toEqual([{ field: 'email', message: 'already belongs to another user' }]);
  });

  it('says what is wrong with a short password and a malformed e-mail', async () => {
    const admin = await makeAdmin(app.dataSource);
    const error = errorOf(await app.gql(CREATE, { input: { email: 'not-an-email', name: 'Кто-то', password: 'short' } }, admin), 'BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([
      { field: 'email', message: 'email must be an e-mail address, e.g. anna@agency.ru' },
      { field: 'password', message: 'password must be at least 8 characters' },
    ]);
  });

  it('revoking a role removes it, and a deactivated user cannot sign in', async () => {
    const admin = await makeAdmin(app.dataSource);
    const client = await makeClient(app.dataSource);
    const { user } = await makeUser(app.dataSource, { roles: [[client, Role.RESPONSIBLE]] });
    const membership = await app.dataSource.getRepository(Membership).findOneByOrFail({ userId: user.id });
    const revoked = await app.gql('mutation($id: ID!) { revokeRole(id: $id) { id role } }', { id: membership.id }, admin);
    expect(revoked.data!.revokeRole).toEqual({ id: membership.id, role: 'RESPONSIBLE' });
    expect(await app.dataSource.getRepository(Membership).existsBy({ id: membership.id })).toBe(false);

    await app.gql(`mutation($id: ID!) { updateUser(id: $id, input: { isActive: false, version: 1 }) { isActive } }`, { id: user.id }, admin);
    errorOf(await app.gql(LOGIN, { email: user.email, password: FACTORY_PASSWORD }), 'FORBIDDEN');
  });

  it('only administrators manage accounts', async () => {
    const client = await makeClient(app.dataSource);
    const { token } = await makeUser(app.dataSource, { roles: [[client, Role.PR_SPECIALIST]] });
    errorOf(await app.gql(CREATE, { input: { email: 'x@example.test', name: 'X', password: 'long-enough' } }, { token }), 'FORBIDDEN');
    errorOf(await app.gql('{ allUsers { id } }', {}, { token }), 'FORBIDDEN');
  });
});
