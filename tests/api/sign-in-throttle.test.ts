import { randomInt } from 'node:crypto';
import { forgetStaleSignInCounters, SIGN_IN_THROTTLE, signInCounterKeys } from '../../api/auth/sign-in-throttle';
import { FACTORY_PASSWORD, makeUser } from '../../seeds/factories';
import { errorOf, useTestApp, type GraphQLResult } from '../helpers/app';

const app = useTestApp();

const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

/** A fresh address per use (TEST-NET and private ranges), so that no two tests share a counter. */
const nextAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** Every attempt that reaches the password check costs a real argon2 hash, slow on a busy machine. */
const MANY_SIGN_INS = 180_000;

const signIn = (email: string, password: string, from: string) => app.gql(LOGIN, { email, password }, { from });

/** What a caller can observe of a refusal: status, code, reason, message and Retry-After. */
function answerOf(result: GraphQLResult) {
  const [error] = result.errors ?? [];
  return { status: result.status, code: error?.extensions.code, reason: error?.extensions.reason, message: error?.message, retryAfter: result.headers['retry-after'] };
}

/**
 * Sets the last attempt of (email, address)'s counters to `seconds` ago: the tests say how much time
 * passed instead of depending on how long the password hashing took on a busy machine.
 */
async function lastAttemptAgo(seconds: number, email: string, address: string) {
  const keys = signInCounterKeys(email, address);
  await app.dataSource.query(`UPDATE sign_in_throttle SET last_attempt_at = now() - make_interval(secs => $2) WHERE key = ANY($1)`, [
    [keys.accountAndAddress, keys.account, keys.address],
    seconds,
  ]);
}

describe('sign-in throttling', () => {
  it('makes a guesser on one account from one address wait, answering 429 with Retry-After and RATE_LIMITED, even for the right password', async () => {
    const { user } = await makeUser(app.dataSource);
    const address = nextAddress();
    for (let attempt = 0; attempt < SIGN_IN_THROTTLE.failuresPerAccountAndAddress; attempt += 1) {
      errorOf(await signIn(user.email, 'not-the-password', address), 'UNAUTHENTICATED');
    }
    await lastAttemptAgo(0, user.email, address);
    const refused = await signIn(user.email, FACTORY_PASSWORD, address);
    expect(answerOf(refused)).toEqual({
      status: 429,
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_REQUESTS',
      message: 'Too many sign-in attempts. Try again in 1 second.',
      retryAfter: '1',
    });
    expect(errorOf(refused, 'RATE_LIMITED').extensions.retryAfterSeconds).toBe(1);
  }, MANY_SIGN_INS);

  it('lets the right password in once the wait is over: a throttle, never a lock', async () => {
    const { user } = await makeUser(app.dataSource);
    const address = nextAddress();
    for (let attempt = 0; attempt < SIGN_IN_THROTTLE.failuresPerAccountAndAddress; attempt += 1) await signIn(user.email, 'not-the-password', address);
    await lastAttemptAgo(1, user.email, address);
    const signedIn = await signIn(user.email, FACTORY_PASSWORD, address);
    expect(signedIn.errors).toBeUndefined();
    // The owner's own counter starts again after a right password.
    errorOf(await signIn(user.email, 'a typo in it', address), 'UNAUTHENTICATED');
  }, MANY_SIGN_INS);

  it('doubles the wait with every further failure', async () => {
    const { user } = await makeUser(app.dataSource);
    const address = nextAddress();
    for (let attempt = 0; attempt < SIGN_IN_THROTTLE.failuresPerAccountAndAddress; attempt += 1) await signIn(user.email, 'not-the-password', address);
    const waits: string[] = [];
    for (const wait of [1, 2, 4]) {
      await lastAttemptAgo(0, user.email, address);
      waits.push((await signIn(user.email, 'not-the-password', address)).headers['retry-after']);
      await lastAttemptAgo(wait, user.email, address);
      errorOf(await signIn(user.email, 'not-the-password', address), 'UNAUTHENTICATED');
    }
    await lastAttemptAgo(0, user.email, address);
    waits.push((await signIn(user.email, 'not-the-password', address)).headers['retry-after']);
    expect(waits).toEqual(['1', '2', '4', '8']);
  }, MANY_SIGN_INS);

  it('never keeps the owner out from an address they signed in from, whatever is tried on the account elsewhere', async () => {
    const { user } = await makeUser(app.dataSource);
    const home = nextAddress();
    expect((await signIn(user.email, FACTORY_PASSWORD, home)).errors).toBeUndefined();

    // A guesser spread over many addresses meets the account's own ceiling...
    for (let attempt = 0; attempt < SIGN_IN_THROTTLE.failuresPerAccount; attempt += 1) {
      errorOf(await signIn(user.email, `guess-${attempt}`, nextAddress()), 'UNAUTHENTICATED');
    }
    const elsewhere = nextAddress();
    await lastAttemptAgo(0, user.email, elsewhere);
    expect(answerOf(await signIn(user.email, 'guess-again', elsewhere))).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(answerOf(await signIn(user.email, FACTORY_PASSWORD, elsewhere))).toMatchObject({ status: 429, code: 'RATE_LIMITED' });

    // ...while the owner, at home, signs in at once.
    const owner = await signIn(user.email, FACTORY_PASSWORD, home);
    expect(owner.status).toBe(200);
    expect(owner.errors).toBeUndefined();
  }, MANY_SIGN_INS);

  it('throttles one password sprayed over sixty e-mails from one address', async () => {
    const address = nextAddress();
    const known = await Promise.all(Array.from({ length: 10 }, () => makeUser(app.dataSource)));
    const emails = [...known.map(({ user }) => user.email), ...Array.from({ length: 50 }, (_, index) => `sprayed-${index}-${randomInt(1e9)}@example.test`)];
    const answers: string[] = [];
    for (const email of emails) {
      await lastAttemptAgo(0, email, address);
      answers.push(answerOf(await signIn(email, 'Summer2026!', address)).code as string);
    }
    expect(answers.slice(0, SIGN_IN_THROTTLE.failuresPerAddress).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(answers.slice(SIGN_IN_THROTTLE.failuresPerAddress).every((code) => code === 'RATE_LIMITED')).toBe(true);
    // Another address is not held up by it.
    errorOf(await signIn(emails[0], 'Summer2026!', nextAddress()), 'UNAUTHENTICATED');
  }, MANY_SIGN_INS);

  it('counts attempts sent in parallel one after the other: one passes where one may, the rest wait', async () => {
    const { user } = await makeUser(app.dataSource);
    const address = nextAddress();
    // Ten failures past the allowance, the last one 600 s ago: the 512 s wait is over, so exactly one
    // attempt may go now, and the one after it must wait 15 minutes.
    const { accountAndAddress } = signInCounterKeys(user.email, address);
    await app.dataSource.query(`INSERT INTO sign_in_throttle (key, failures, last_attempt_at) VALUES ($1, $2, now() - interval '600 seconds')`, [
      accountAndAddress,
      SIGN_IN_THROTTLE.failuresPerAccountAndAddress + 9,
    ]);
    const answers = await Promise.all(Array.from({ length: 12 }, () => signIn(user.email, 'not-the-password', address)));
    const codes = answers.map((answer) => answerOf(answer).code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(1);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(11);
  }, MANY_SIGN_INS);

  it('forgets counters that stayed quiet longer than the reset', async () => {
    const email = `forgotten-${randomInt(1e9)}@example.test`;
    const address = nextAddress();
    await signIn(email, 'not-the-password', address);
    await lastAttemptAgo(SIGN_IN_THROTTLE.quietResetSeconds + 1, email, address);
    await forgetStaleSignInCounters(app.dataSource);
    const keys = signInCounterKeys(email, address);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM sign_in_throttle WHERE key = ANY($1)`, [[keys.accountAndAddress, keys.account, keys.address]]);
    expect(count).toBe(0);
  }, MANY_SIGN_INS);
});

describe('sign-in answers reveal no account', () => {
  it('answers an unknown, a known and a deactivated account alike until the password is right', async () => {
    const { user: known } = await makeUser(app.dataSource);
    const { user: deactivated } = await makeUser(app.dataSource, { isActive: false });
    const unknown = `nobody-${randomInt(1e9)}@example.test`;
    const answersFor = async (email: string) => {
      const address = nextAddress();
      const answers = [];
      for (let attempt = 0; attempt <= SIGN_IN_THROTTLE.failuresPerAccountAndAddress; attempt += 1) {
        await lastAttemptAgo(0, email, address);
        answers.push(answerOf(await signIn(email, 'not-the-password', address)));
      }
      return answers;
    };
    const unknownAnswers = await answersFor(unknown);
    expect(unknownAnswers[0]).toEqual({ status: 200, code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS', message: 'Wrong e-mail or password.', retryAfter: undefined });
    expect(unknownAnswers.at(-1)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(await answersFor(known.email)).toEqual(unknownAnswers);
    expect(await answersFor(deactivated.email)).toEqual(unknownAnswers);
  }, MANY_SIGN_INS);

  it('refuses hostile e-mails and passwords (NUL characters, 100,000 characters) as bad input, the same for known and unknown accounts', async () => {
    const { user } = await makeUser(app.dataSource);
    const attempts = [
      [user.email, 'x'.repeat(100_000)],
      ['nobody@example.test', 'x'.repeat(100_000)],
      [`${user.email}\u0000`, 'pass\u0000word'],
      ['nobody@example.test\u0000', 'pass\u0000word'],
      [`${'y'.repeat(100_000)}@example.test`, 'whatever1'],
    ];
    for (const [email, password] of attempts) {
      const answer = answerOf(await signIn(email, password, nextAddress()));
      expect(answer).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(answer.status).toBeLessThan(500);
    }
  }, MANY_SIGN_INS);

  it('tells a deactivated account so only after the right password', async () => {
    const { user } = await makeUser(app.dataSource, { isActive: false });
    const result = await signIn(user.email, FACTORY_PASSWORD, nextAddress());
    expect(errorOf(result, 'FORBIDDEN').extensions.reason).toBe('DEACTIVATED');
  }, MANY_SIGN_INS);
});
