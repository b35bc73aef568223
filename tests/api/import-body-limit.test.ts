import request from 'supertest';
import { config } from '../../api/config';
import { createServer, type RepbaseServer } from '../../api/server';
import { writeArgumentBaseCsv } from '../../api/modules/argument-base/argument-base.csv';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { makeApiKey } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();
// The same server with small limits, so that a file of a few hundred rows passes the usual one.
let server: RepbaseServer;
beforeAll(async () => {
  server = await createServer({ dataSource: app.dataSource, config: { ...config, bodyLimit: '64kb', importBodyLimit: '1mb' } });
});
afterAll(async () => {
  await server.stop();
});

const csvOf = (slug: string, count: number) =>
  writeArgumentBaseCsv(
    slug,
    Array.from({ length: count }, (_, index) => ({
      key: `big-${index}`,
      title: `Вопрос номер ${index} про доставку карты`,
      category: ConsumerCycleCategory.SUPPORT,
      topic: null,
      examples: [`Карта не приходит уже ${index} дней, что делать?`],
      reply: `{name}, здравствуйте! Ответ ${index}: напишите нам в личные сообщения, проверим доставку.`,
    })),
  );
const IMPORT = 'mutation($csv: String!) { importArgumentBase(csv: $csv) { created } }';
const send = (body: unknown, as?: { token?: string; client?: string }) => {
  const call = request(server.httpServer).post('/graphql').set('content-type', 'application/json');
  if (as?.token) call.set('authorization', `Bearer ${as.token}`);
  if (as?.client) call.set('x-client', as.client);
  return call.send(JSON.stringify(body));
};

describe('the larger body of an argument-base import', () => {
  it('a PR specialist or a responsible person sends a file past the usual limit, alone in its request', async () => {
    const world = await makeClientWorld(app.dataSource);
    const csv = csvOf(world.client.slug, 600);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(64 * 1024);

    const answer = await send({ query: IMPORT, variables: { csv } }, world.responsible);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { importArgumentBase: { created: 600 } } });
    expect(await app.dataSource.getRepository(Situation).countBy({ clientId: world.client.id })).toBe(600);
  });

  it('anyone else, another operation beside the import, or a file past the larger limit is refused with 413 and nothing is written', async () => {
    const world = await makeClientWorld(app.dataSource);
    const csv = csvOf(world.client.slug, 600);
    const refused = async (answer: request.Response) => {
      expect(answer.status).toBe(413);
      expect(answer.body.errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' }, message: expect.stringMatching(/larger than 64kb \(1mb for an argument-base import/) });
    };
    await refused(await send({ query: IMPORT, variables: { csv } }));
    await refused(await send({ query: IMPORT, variables: { csv } }, world.representative));
    await refused(await send({ query: IMPORT, variables: { csv } }, { ...world.pr, token: 'not-a-token' }));
    // The mutation lists no API key scope, so no key may send it, whatever its scopes.
    const everyScope = await makeApiKey(app.dataSource, world.client, Object.values(ApiKeyScope));
    await refused(await send({ query: IMPORT, variables: { csv } }, { token: everyScope.secret }));
    await refused(await send({ query: 'mutation($csv: String!) { importArgumentBase(csv: $csv) { created } createSituation(input: { key: "x", title: "x" }) { id } }', variables: { csv } }, world.pr));
    await refused(await send({ query: '{ __typename }', variables: { padding: csv } }, world.pr));
    await refused(await send({ query: IMPORT, variables: { csv: csvOf(world.client.slug, 10_000) } }, world.pr));
    expect(await app.dataSource.getRepository(Situation).countBy({ clientId: world.client.id })).toBe(0);
  });
});
