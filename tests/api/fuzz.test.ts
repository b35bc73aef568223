import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import request from 'supertest';
import { ErrorCode } from '../../api/common/errors';
import { makeBriefInForce, makeCase, makeEscalation, makeSituationWithOneReply } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { makeCrmWorld } from '../helpers/crm';
import { HostileDocuments, type HostileRequest } from '../fuzz/hostile-documents';

/**
 * Generated hostile requests as a PR specialist of a client of the test's own (mutations really run,
 * inside that client). FUZZ_DOCUMENTS=10000 FUZZ_SEED=… run more or other ones and print the counts.
 */
const DOCUMENTS = Number(process.env.FUZZ_DOCUMENTS || 2000);
const SEED = Number(process.env.FUZZ_SEED || 20261203);
const PARALLEL = 6;

/** Codes a refusal may carry: the public enum, and what GraphQL itself and the HTTP layer say about the request. */
const KNOWN_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PAYLOAD_TOO_LARGE',
]);

const app = useTestApp();

interface Outcome {
  kind: string;
  status: number;
  codes: string[];
  request: HostileRequest;
  body: string;
}

describe('hostile documents', () => {
  it(`${DOCUMENTS} generated documents: no answer of 500 or more, no INTERNAL_SERVER_ERROR, every error with a known code`, async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client);
    const { situation, reply } = await makeSituationWithOneReply(app.dataSource, world.client);
    const caseRow = await makeCase(app.dataSource, world.client, { platform: world.platform, situationId: situation.id });
    const escalation = await makeEscalation(app.dataSource, caseRow);
    // Not the caller's own id: deactivating oneself would end the run's access, not find a bug.
    const realIds = [world.client.id, world.platform.id, situation.id, reply.id, caseRow.id, escalation.id, world.userIds.representative];

    const introspection = await app.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, world.pr);
    const generator = new HostileDocuments({ schema: buildClientSchema(introspection.data!), realIds, seed: SEED });
    const requests = Array.from({ length: DOCUMENTS }, () => generator.next());

    const outcomes: Outcome[] = [];
    let cursor = 0;
    const worker = async () => {
      while (cursor < requests.length) {
        const hostile = requests[cursor++];
        const call = request(app.server()).post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${world.pr.token}`).set('x-client', world.client.slug);
        const response = await call.send(typeof hostile.body === 'string' ? hostile.body : JSON.stringify(hostile.body));
        const errors: Array<{ extensions?: { code?: string } }> = response.body?.errors ?? [];
        outcomes.push({ kind: hostile.kind, status: response.status, codes: errors.map((error) => error.extensions?.code ?? '(none)'), request: hostile, body: response.text.slice(0, 500) });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));

    const byStatus = new Map<number, number>();
    for (const outcome of outcomes) byStatus.set(outcome.status, (byStatus.get(outcome.status) ?? 0) + 1);
    if (process.env.FUZZ_DOCUMENTS) {
      console.log(`seed ${SEED}, ${outcomes.length} documents, answers by status: ${[...byStatus].sort().map(([status, count]) => `${status} × ${count}`).join(', ')}`);
    }
    const bad = outcomes.filter((outcome) => outcome.status >= 500 || outcome.codes.some((code) => !KNOWN_CODES.has(code)));
    const firstOfEachKind = bad.filter((outcome, index) => bad.findIndex((other) => other.kind === outcome.kind) === index);
    const shown = firstOfEachKind.slice(0, 12).map((outcome) => ({ kind: outcome.kind, status: outcome.status, codes: outcome.codes, request: JSON.stringify(outcome.request.body).slice(0, 400), answer: outcome.body }));
    expect({ bad: bad.length, first: shown }).toEqual({ bad: 0, first: [] });
    expect(outcomes).toHaveLength(DOCUMENTS);
  }, 600_000);
});
