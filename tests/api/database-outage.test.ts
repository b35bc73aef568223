import net from 'node:net';
import request from 'supertest';
import { dataSource } from '../../ormconfig';
import { useTestApp } from '../helpers/app';
import { makeAdmin } from '../helpers/world';

/**
 * A TCP relay between the API and PostgreSQL that the test can cut: closing it refuses new
 * connections (ECONNREFUSED) and ends the open ones, as a database restart does.
 */
class CuttableRelay {
  private readonly server = net.createServer((incoming) => this.relay(incoming));
  private readonly sockets = new Set<net.Socket>();
  private port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async open(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private relay(incoming: net.Socket): void {
    const outgoing = net.connect(this.targetPort, this.targetHost);
    for (const socket of [incoming, outgoing]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    incoming.pipe(outgoing).pipe(incoming);
    incoming.on('close', () => outgoing.destroy());
    outgoing.on('close', () => incoming.destroy());
  }
}

const target = new URL(process.env.DATABASE_URL!);
const relay = new CuttableRelay(target.hostname, Number(target.port || 5432));

beforeAll(async () => {
  const port = await relay.open();
  const relayed = new URL(target);
  relayed.hostname = '127.0.0.1';
  relayed.port = String(port);
  dataSource.setOptions({ url: relayed.toString() });
});

const app = useTestApp();

afterAll(async () => {
  await relay.cut().catch(() => undefined);
});

const ME = '{ me { user { id } } }';

async function eventually<T>(attempt: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let last = await attempt();
  for (let round = 0; round < 200 && !done(last); round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await attempt();
  }
  return last;
}

describe('while the database is away', () => {
  it('GraphQL answers 503 SERVICE_UNAVAILABLE with Retry-After, /readyz 503, and both recover when it returns', async () => {
    const admin = await makeAdmin(app.dataSource);
    expect((await app.gql(ME, {}, admin)).data).toEqual({ me: { user: { id: admin.userId } } });

    await relay.cut();

    // A signed-in request fails while its credential is checked, before any resolver runs.
    const signedIn = await request(app.server()).post('/graphql').set('authorization', `Bearer ${admin.token}`).send({ query: ME });
    expect(signedIn.status).toBe(503);
    expect(signedIn.headers['retry-after']).toBe('5');
    expect(signedIn.body.errors).toEqual([
      { message: expect.stringMatching(/database is unavailable/), extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 5 } },
    ]);

    // An anonymous sign-in reaches its resolver, whose query fails there.
    const login = await request(app.server()).post('/graphql').send({ query: 'mutation { login(email: "someone@example.com", password: "whatever-it-is") { token } }' });
    expect(login.status).toBe(503);
    expect(login.headers['retry-after']).toBe('5');
    expect(login.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);

    const ready = await request(app.server()).get('/readyz');
    expect(ready.status).toBe(503);

    await relay.open();

    const recovered = await eventually(() => app.gql(ME, {}, admin), (result) => result.status === 200);
    expect(recovered.data).toEqual({ me: { user: { id: admin.userId } } });
    expect((await request(app.server()).get('/readyz')).status).toBe(200);
  });
});
