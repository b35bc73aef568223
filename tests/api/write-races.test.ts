import type { DataSource } from 'typeorm';
import { makeSituation } from '../../seeds/factories';
import { useTestApp, type As } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const SITUATION = `query($id: ID!) { Situation(id: $id) { id title version examples { text } } }`;
const CREATE_SITUATION = `mutation($input: CreateSituationInput!) { createSituation(input: $input) { id key version } }`;
const UPDATE_SITUATION = `mutation($id: ID!, $input: UpdateSituationInput!) { updateSituation(id: $id, input: $input) { id title version examples { text } } }`;
const CREATE_REPLY = `mutation($input: CreateReplyInput!) { createReply(input: $input) { id version status } }`;
const UPDATE_REPLY = `mutation($id: ID!, $input: UpdateReplyInput!) { updateReply(id: $id, input: $input) { id version status } }`;
const APPROVE_REPLY = `mutation($id: ID!) { approveReply(id: $id) { id version status } }`;
const RETIRE_REPLY = `mutation($id: ID!) { retireReply(id: $id) { id version status } }`;

describe('writers racing for one record', () => {
  it('of 50 simultaneous updates sent with the same version exactly one wins; the 49 others get CONFLICT and the record is the winner’s', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        app.gql(UPDATE_SITUATION, { id: situation.id, input: { version: situation.version, title: `Правка номер ${index}`, examples: [`Вопрос редактора ${index}`] } }, world.pr),
      ),
    );
    const successes = results.filter((result) => !result.errors);
    const refusals = results.filter((result) => result.errors);
    expect(successes).toHaveLength(1);
    expect(refusals.map((result) => result.errors!.map((error) => `${error.extensions.code} ${error.extensions.reason}`))).toEqual(
      Array(49).fill(['CONFLICT STALE_VERSION']),
    );
    const stored = await app.gql(SITUATION, { id: situation.id }, world.pr);
    expect(stored.data!.Situation).toEqual(successes[0].data!.updateSituation);
  });
});

interface Tally {
  successes: Record<string, number>;
  refusals: Record<string, number>;
}

/**
 * Streams of mutations of every kind of the argument base, all at once on one client, each stream on
 * records of its own; four in ten are refused on purpose (a duplicate key, a stale version, a second
 * approval, a reply to no situation).
 */
async function mixedMutations(as: As, successesWanted: number, streams: number): Promise<Tally> {
  const tally: Tally = { successes: {}, refusals: {} };
  let successes = 0;
  const send = async (kind: string, query: string, variables: Record<string, unknown>) => {
    const result = await app.gql(query, variables, as);
    if (result.errors) {
      const refusal = `${kind} ${result.errors.map((error) => error.extensions.code).join()}`;
      tally.refusals[refusal] = (tally.refusals[refusal] ?? 0) + 1;
      return undefined;
    }
    tally.successes[kind] = (tally.successes[kind] ?? 0) + 1;
    successes += 1;
    return Object.values(result.data!)[0] as { id: string; key: string; version: number };
  };
  const stream = async (streamIndex: number) => {
    for (let round = 0; successes < successesWanted; round += 1) {
      const key = `race-${streamIndex}-${round}`;
      const situation = await send('createSituation', CREATE_SITUATION, { input: { key, title: `Ситуация ${key}`, category: 'SUPPORT', examples: [`Как быть ${round}?`] } });
      await send('createSituation', CREATE_SITUATION, { input: { key, title: 'Тот же ключ', category: 'SUPPORT' } });
      if (!situation) continue;
      await send('updateSituation', UPDATE_SITUATION, { id: situation.id, input: { version: situation.version, title: `Новое название ${key}` } });
      await send('updateSituation', UPDATE_SITUATION, { id: situation.id, input: { version: situation.version, title: 'Устаревшая правка' } });
      const reply = await send('createReply', CREATE_REPLY, { input: { situationId: situation.id, text: `Ответ ${key}`, theses: ['Разберёмся'] } });
      if (!reply) continue;
      await send('updateReply', UPDATE_REPLY, { id: reply.id, input: { version: reply.version, text: `Другой ответ ${key}` } });
      await send('approveReply', APPROVE_REPLY, { id: reply.id });
      await send('approveReply', APPROVE_REPLY, { id: reply.id });
      await send('retireReply', RETIRE_REPLY, { id: reply.id });
      await send('createReply', CREATE_REPLY, { input: { situationId: crypto.randomUUID(), text: 'Ответ в никуда' } });
    }
  };
  await Promise.all(Array.from({ length: streams }, (_, index) => stream(index)));
  return tally;
}

async function auditedActions(dataSource: DataSource, clientId: string): Promise<Record<string, number>> {
  const rows: { action: string; count: number }[] = await dataSource.query(
    `SELECT entity_type || ' ' || action AS action, count(*)::int AS count FROM audit_event
     WHERE client_id = $1 AND entity_type IN ('Situation', 'Reply') GROUP BY 1`,
    [clientId],
  );
  return Object.fromEntries(rows.map((row) => [row.action, row.count]));
}

describe('the audit trail under concurrent writers', () => {
  it('after 300 successful mutations of mixed kinds, some refused on purpose among them, each success left its audit event and no refusal left one', async () => {
    const world = await makeClientWorld(app.dataSource);
    const tally = await mixedMutations(world.pr, 300, 6);
    const successes = Object.values(tally.successes).reduce((sum, count) => sum + count, 0);
    expect(successes).toBeGreaterThanOrEqual(300);
    expect(Object.keys(tally.successes).sort()).toEqual(['approveReply', 'createReply', 'createSituation', 'retireReply', 'updateReply', 'updateSituation']);
    expect(Object.keys(tally.refusals).sort()).toEqual(['approveReply CONFLICT', 'createReply NOT_FOUND', 'createSituation CONFLICT', 'updateSituation CONFLICT']);
    expect(Object.values(tally.refusals).reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(200);

    expect(await auditedActions(app.dataSource, world.client.id)).toEqual({
      'Situation CREATE': tally.successes.createSituation,
      'Situation UPDATE': tally.successes.updateSituation,
      'Reply CREATE': tally.successes.createReply,
      'Reply UPDATE': tally.successes.updateReply,
      'Reply APPROVE': tally.successes.approveReply,
      'Reply RETIRE': tally.successes.retireReply,
    });
  }, 120_000);
});
