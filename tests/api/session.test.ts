import { SignJWT } from 'jose';
import { issueToken } from '../../api/auth/tokens';
import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { Role } from '../../api/modules/users/role';
import { FACTORY_PASSWORD, makeClient, makeUser } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';

const app = useTestApp();

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { email } }
}`;
const ME = `{ me { user { email } apiKey { name } clients { client { slug } roles } currentClient { slug } } }`;

describe('signing in', () => {
  it('returns a bearer token with an expiry that authenticates later requests', async () => {
    const { user } = await makeUser(app.dataSource);
    const login = await app.gql(LOGIN, { email: user.email.toUpperCase(), password: FACTORY_PASSWORD });
    expect(login.errors).toBeUndefined();
    const { token, expiresAt } = login.data!.login;
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now() + 60 * 60 * 1000);

    const me = await app.gql(ME, {}, { token });
    expect(me.data!.me.user.email).toBe(user.email);
  });

  it('refuses a wrong password and an unknown e-mail with the same message', async () => {
    const { user } = await makeUser(app.dataSource);
    const wrongPassword = errorOf(await app.gql(LOGIN, { email: user.email, password: 'not-the-password' }, { from: '10.9.0.1' }), 'UNAUTHENTICATED');
    const unknownEmail = errorOf(await app.gql(LOGIN, { email: 'nobody@example.test', password: 'whatever1' }, { from: '10.9.0.1' }), 'UNAUTHENTICATED');
    expect(wrongPassword.message).toBe('Wrong e-mail or password.');
    expect(unknownEmail.message).toBe(wrongPassword.message);
  });

  it('audits successful and failed sign-ins of a known account', async () => {
    const { user } = await makeUser(app.dataSource);
    await app.gql(LOGIN, { email: user.email, password: 'not-the-password' }, { from: '10.9.0.2' });
    await app.gql(LOGIN, { email: user.email, password: FACTORY_PASSWORD }, { from: '10.9.0.2' });
    const events = await app.dataSource.getRepository(AuditEvent).find({ where: { entityId: user.id }, order: { createdAt: 'ASC' } });
    expect(events.map((event) => [event.action, event.actorLabel, event.clientId])).toEqual([
      ['LOGIN_FAILED', user.email, null],
      ['LOGIN', user.email, null],
    ]);
  });

  it('refuses a deactivated account', async () => {
    const { user, token } = await makeUser(app.dataSource, { isActive: false });
    expect(errorOf(await app.gql(LOGIN, { email: user.email, password: FACTORY_PASSWORD }), 'FORBIDDEN').extensions.reason).toBe('DEACTIVATED');
    expect(errorOf(await app.gql(ME, {}, { token }), 'UNAUTHENTICATED').message).toMatch(/no longer active/);
  });
});

describe('tokens', () => {
  it('refuses an expired token', async () => {
    const { user } = await makeUser(app.dataSource);
    const { token } = await issueToken(app.dataSource, user.id, { lifetimeSeconds: -60 });
    const result = await app.gql(ME, {}, { token });
    expect(result.status).toBe(401);
    expect(errorOf(result, 'UNAUTHENTICATED').message).toBe('Your session has expired. Sign in again.');
  });

  it('refuses a token signed with another key', async () => {
    const { user } = await makeUser(app.dataSource);
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.id)
      .setIssuer('repbase')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('an attacker guessing the secret'));
    expect(errorOf(await app.gql(ME, {}, { token: forged }), 'UNAUTHENTICATED').message).toBe('The token is not valid. Sign in again.');
  });

  it('refuses a token with its payload altered', async () => {
    const { token } = await makeUser(app.dataSource);
    const { user: admin } = await makeUser(app.dataSource, { isAdmin: true });
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: admin.id, iss: 'repbase', exp: Math.floor(Date.now() / 1000) + 3600 })).toString('base64url');
    errorOf(await app.gql(ME, {}, { token: `${header}.${payload}.${signature}` }), 'UNAUTHENTICATED');
  });

  it('refuses an Authorization header that is not a bearer credential', async () => {
    const result = await app.gql(ME, {}, { authorization: 'Basic cHI6c2VjcmV0' });
    expect(errorOf(result, 'UNAUTHENTICATED').message).toMatch(/Bearer/);
  });

  it('treats a request without credentials as anonymous, which only login accepts', async () => {
    errorOf(await app.gql(ME), 'UNAUTHENTICATED');
  });
});

describe('ending sessions', () => {
  const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { version } }';

  async function signedIn() {
    const admin = await makeUser(app.dataSource, { isAdmin: true });
    const { user } = await makeUser(app.dataSource);
    const login = await app.gql(LOGIN, { email: user.email, password: FACTORY_PASSWORD });
    return { admin: { token: admin.token }, user, token: login.data!.login.token as string };
  }

  it('a password change ends the sessions issued before it; signing in with the new password works', async () => {
    const { admin, user, token } = await signedIn();
    expect((await app.gql(ME, {}, { token })).data!.me.user.email).toBe(user.email);
    await app.gql(UPDATE_USER, { id: user.id, input: { password: 'a new long password', version: user.version } }, admin);

    const old = await app.gql(ME, {}, { token });
    expect(old.status).toBe(401);
    expect(errorOf(old, 'UNAUTHENTICATED').extensions.reason).toBe('SESSION_ENDED');
    const again = await app.gql(LOGIN, { email: user.email, password: 'a new long password' });
    expect((await app.gql(ME, {}, { token: again.data!.login.token })).data!.me.user.email).toBe(user.email);
  });

  it('deactivation ends the sessions issued before it, and reactivating the account does not bring them back', async () => {
    const { admin, user, token } = await signedIn();
    const deactivated = await app.gql(UPDATE_USER, { id: user.id, input: { isActive: false, version: user.version } }, admin);
    errorOf(await app.gql(ME, {}, { token }), 'UNAUTHENTICATED');
    await app.gql(UPDATE_USER, { id: user.id, input: { isActive: true, version: deactivated.data!.updateUser.version } }, admin);

    expect(errorOf(await app.gql(ME, {}, { token }), 'UNAUTHENTICATED').extensions.reason).toBe('SESSION_ENDED');
    const again = await app.gql(LOGIN, { email: user.email, password: FACTORY_PASSWORD });
    expect((await app.gql(ME, {}, { token: again.data!.login.token })).data!.me.user.email).toBe(user.email);
  });

  it('a change of name leaves sessions alone', async () => {
    const { admin, user, token } = await signedIn();
    await app.gql(UPDATE_USER, { id: user.id, input: { name: 'Новое имя', version: user.version } }, admin);
    expect((await app.gql(ME, {}, { token })).errors).toBeUndefined();
  });
});

describe('me', () => {
  it('says who I am, my clients with my roles, and the client of this request', async () => {
    const first = await makeClient(app.dataSource);
    const second = await makeClient(app.dataSource);
    const { token } = await makeUser(app.dataSource, {
      roles: [
        [first, Role.PR_SPECIALIST],
        [first, Role.TRAINER],
        [second, Role.REPRESENTATIVE],
      ],
    });
    const result = await app.gql(ME, {}, { token, client: second.slug });
    const clients = result.data!.me.clients.map((entry: { client: { slug: string }; roles: string[] }) => [entry.client.slug, [...entry.roles].sort()]);
    expect(clients).toEqual(
      expect.arrayContaining([
        [first.slug, [Role.PR_SPECIALIST, Role.TRAINER]],
        [second.slug, [Role.REPRESENTATIVE]],
      ]),
    );
    expect(result.data!.me.currentClient.slug).toBe(second.slug);
  });

  it('uses the only client of a user who has one, without X-Client', async () => {
    const client = await makeClient(app.dataSource);
    const { token } = await makeUser(app.dataSource, { roles: [[client, Role.REPRESENTATIVE]] });
    expect((await app.gql(ME, {}, { token })).data!.me.currentClient.slug).toBe(client.slug);
  });
});
