/**
 * What the stack costs on a plain authenticated list: the API (token check, tenant scoping, GraphQL)
 * against a bare node:http + pg server running the same SELECT, side by side in one run.
 */
import { DataSource } from 'typeorm';
import { ApiKeyScope } from '../api/modules/api-keys/api-key-scope';
import { Role } from '../api/modules/users/role';
import { entities } from '../api/database/entities';
import { SnakeNamingStrategy } from '../api/database/naming-strategy';
import { makeApiKey, makeClient, makeUser } from '../seeds/factories';
import { load, report, warmUp } from './lib/load';
import { startApi, startBare } from './lib/processes';

export async function apiKeyListBench(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities, namingStrategy: new SnakeNamingStrategy() }).initialize();
  const client = await makeClient(dataSource);
  for (let index = 0; index < 50; index += 1) await makeApiKey(dataSource, client, [ApiKeyScope.REPLIES_READ]);
  const { token } = await makeUser(dataSource, { roles: [[client, Role.PR_SPECIALIST]] });
  await dataSource.destroy();

  const api = await startApi(databaseUrl);
  const bare = await startBare('dist/bench/bare/api-key-list.js', databaseUrl);
  try {
    const apiOptions = {
      url: `${api.url}/graphql`,
      headers: { authorization: `Bearer ${token}`, 'x-client': client.slug },
      pid: api.pid,
      body: JSON.stringify({ query: '{ allApiKeys { id name prefix scopes createdAt lastUsedAt revokedAt } }' }),
    };
    const bareOptions = { url: bare.url, pid: bare.pid, body: JSON.stringify({ clientId: client.id }) };
    await warmUp(apiOptions);
    await warmUp(bareOptions);
    const bareResult = await load('bare node:http + pg', bareOptions);
    const apiResult = await load('Repbase GraphQL allApiKeys', apiOptions);
    report('allApiKeys, 25 of 50 keys, 10 connections, 5 s each', [bareResult, apiResult], bareResult);
  } finally {
    await api.stop();
    await bare.stop();
  }
}
