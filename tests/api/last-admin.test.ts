import { errorOf, useTestApp } from '../helpers/app';
import { makeAdmin } from '../helpers/world';

// A database of its own: the rule is about every administrator of the installation.
const app = useTestApp({ ownDatabase: true });

const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { isAdmin isActive version } }`;

describe('the last administrator', () => {
  it('cannot be deactivated or demoted until someone else is an administrator', async () => {
    const admin = await makeAdmin(app.dataSource);
    const deactivate = errorOf(await app.gql(UPDATE, { id: admin.userId, input: { isActive: false, version: 1 } }, admin), 'BAD_USER_INPUT');
    expect(deactivate.extensions).toMatchObject({ reason: 'LAST_ADMIN', fields: [{ field: 'isActive', message: expect.stringContaining('last active administrator') }] });
    errorOf(await app.gql(UPDATE, { id: admin.userId, input: { isAdmin: false, version: 1 } }, admin), 'BAD_USER_INPUT');

    await makeAdmin(app.dataSource);
    const demoted = await app.gql(UPDATE, { id: admin.userId, input: { isAdmin: false, version: 1 } }, admin);
    expect(demoted.data!.updateUser).toEqual({ isAdmin: false, isActive: true, version: 2 });
  });

  it('cannot be deleted (deactivated) until someone else is an administrator', async () => {
    const DELETE = 'mutation($id: ID!) { deleteUser(id: $id) { isActive } }';
    const admins = await app.dataSource.query('SELECT id FROM "user" WHERE is_admin AND is_active');
    const admin = await makeAdmin(app.dataSource);
    // Leave this one the only active administrator.
    await app.dataSource.query('UPDATE "user" SET is_active = false WHERE id = ANY($1)', [admins.map((row: { id: string }) => row.id)]);
    expect(errorOf(await app.gql(DELETE, { id: admin.userId }, admin), 'CONFLICT').extensions.reason).toBe('LAST_ADMIN');

    const other = await makeAdmin(app.dataSource);
    expect((await app.gql(DELETE, { id: admin.userId }, other)).data!.deleteUser).toEqual({ isActive: false });
  });
});
