/**
 * The nested read: 25 situations with their replies through the API (token check, tenant scoping,
 * GraphQL, a DataLoader for the replies) against a bare node:http + pg server answering the same
 * rows with one json_agg statement, side by side in one run.
 */
import { DataSource } from 'typeorm';
import { entities } from '../api/database/entities';
import { SnakeNamingStrategy } from '../api/database/naming-strategy';
import { ReplyStatus } from '../api/modules/argument-base/reply.entity';
import { Role } from '../api/modules/users/role';
import { makeClient, makeReply, makeSituation, makeUser } from '../seeds/factories';
import { load, report, warmUp } from './lib/load';
import { startApi, startBare } from './lib/processes';

export const NESTED_QUERY = '{ allSituations { id key title category topic replies { id text status } } }';

export async function situationListBench(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities, namingStrategy: new SnakeNamingStrategy() }).initialize();
  const client = await makeClient(dataSource);
  for (let index = 0; index < 40; index += 1) {
    const situation = await makeSituation(dataSource, client, { title: `Ситуация ${String(index).padStart(2, '0')}` });
    await makeReply(dataSource, situation, { status: ReplyStatus.APPROVED, text: `{name}, здравствуйте! Ответ на ситуацию ${index}, с подробностями.` });
    if (index % 2) await makeReply(dataSource, situation, { text: `Черновик ответа ${index}` });
  }
  const { token } = await makeUser(dataSource, { roles: [[client, Role.PR_SPECIALIST]] });
  await dataSource.destroy();

  const api = await startApi(databaseUrl);
  const bare = await startBare('dist/bench/bare/situation-list.js', databaseUrl);
  try {
    const apiOptions = {
      url: `${api.url}/graphql`,
      headers: { authorization: `Bearer ${token}`, 'x-client': client.slug },
      pid: api.pid,
      body: JSON.stringify({ query: NESTED_QUERY }),
    };
    const bareOptions = { url: bare.url, pid: bare.pid, body: JSON.stringify({ clientId: client.id }) };
    await warmUp(apiOptions);
    await warmUp(bareOptions);
    const bareResult = await load('bare node:http + pg (1 json_agg)', bareOptions);
    const apiResult = await load('Repbase allSituations { replies }', apiOptions);
    report('allSituations with replies, 25 of 40 situations, 10 connections, 5 s each', [bareResult, apiResult], bareResult);
  } finally {
    await api.stop();
    await bare.stop();
  }
}
