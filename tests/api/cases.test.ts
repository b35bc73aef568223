import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ExampleSource, SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { makeApiKey, makeBriefInForce, makePlatform, makeSituationWithOneReply } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { caseAsked, CLASSIFY, hoursAgo, makeCrmWorld, MOVE, REACT, RESULT } from '../helpers/crm';

const app = useTestApp();

describe('cases: request → reaction → result', () => {
  it('goes NEW → IN_PROGRESS → ANSWERED → MOVED_TO_PRIVATE → RESOLVED, with times, the result and a timeline', async () => {
    const world = await makeCrmWorld(app);
    const caseRow = await caseAsked(app, world, 5);
    const taken = await app.gql(MOVE, { id: caseRow.id, input: { status: 'IN_PROGRESS', version: caseRow.version } }, world.representative);
    expect(taken.data!.moveCase).toMatchObject({ status: 'IN_PROGRESS', representativeUserId: world.userIds.representative, allowedMoves: ['ANSWERED', 'CLOSED'] });

    const answered = await app.gql(
      REACT,
      { id: caseRow.id, input: { text: 'Здравствуйте! Первое ТО стоит 9 900 ₽.', postedAt: hoursAgo(2).toISOString(), version: taken.data!.moveCase.version } },
      world.representative,
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.logReaction).toMatchObject({ status: 'ANSWERED', firstResponseHours: 3 });

    const moved = await app.gql(MOVE, { id: caseRow.id, input: { status: 'MOVED_TO_PRIVATE', note: 'Уточняем номер заказа', version: answered.data!.logReaction.version } }, world.representative);
    const resolved = await app.gql(
      RESULT,
      { id: caseRow.id, input: { resolved: true, positiveFeedback: true, siteVisit: true, version: moved.data!.moveCase.version } },
      world.representative,
    );
    expect(resolved.data!.recordCaseResult).toMatchObject({ status: 'RESOLVED', resolved: true, positiveFeedback: true, siteVisit: true, promoUsed: false, allowedMoves: [] });
    expect(resolved.data!.recordCaseResult.resolutionHours).toBeCloseTo(5, 0);

    const page = await app.gql(
      'query($id: ID!) { Case(id: $id) { transitions { fromStatus toStatus note actorLabel } reactions { text user { id } officialAccount { displayName } } } }',
      { id: caseRow.id },
      world.pr,
    );
    expect(page.data!.Case.transitions.map((step: { fromStatus: string; toStatus: string }) => `${step.fromStatus}→${step.toStatus}`)).toEqual([
      'NEW→IN_PROGRESS',
      'IN_PROGRESS→ANSWERED',
      'ANSWERED→MOVED_TO_PRIVATE',
      'MOVED_TO_PRIVATE→RESOLVED',
    ]);
    expect(page.data!.Case.transitions[2].note).toBe('Уточняем номер заказа');
    expect(page.data!.Case.reactions[0]).toMatchObject({ user: { id: world.userIds.representative }, officialAccount: { displayName: `${world.client.brandName} — официальный представитель` } });
  });

  it('refuses illegal moves, naming the state and the moves allowed from it', async () => {
    const world = await makeCrmWorld(app);
    const fresh = await caseAsked(app, world, 1);
    const skipped = errorOf(await app.gql(MOVE, { id: fresh.id, input: { status: 'MOVED_TO_PRIVATE', version: 1 } }, world.representative), 'CONFLICT');
    expect(skipped.message).toBe('This case is NEW and cannot move to MOVED_TO_PRIVATE. From NEW a case can move to IN_PROGRESS, ANSWERED or CLOSED.');
    expect(skipped.extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', from: 'NEW', to: 'MOVED_TO_PRIVATE', allowed: ['IN_PROGRESS', 'ANSWERED', 'CLOSED'] });
    expect(errorOf(await app.gql(MOVE, { id: fresh.id, input: { status: 'RESOLVED', version: 1 } }, world.representative), 'CONFLICT').message).toContain('recordCaseResult');
    expect(errorOf(await app.gql(MOVE, { id: fresh.id, input: { status: 'ANSWERED', version: 1 } }, world.representative), 'CONFLICT').message).toContain('logReaction');
    expect(errorOf(await app.gql(RESULT, { id: fresh.id, input: { resolved: true, version: 1 } }, world.representative), 'CONFLICT').message).toContain('Nobody has answered yet');

    const resolved = await caseAsked(app, world, 1, { status: CaseStatus.RESOLVED });
    const final = errorOf(await app.gql(MOVE, { id: resolved.id, input: { status: 'IN_PROGRESS', version: 1 } }, world.representative), 'CONFLICT');
    expect(final.message).toBe('This case is RESOLVED and cannot move to IN_PROGRESS. RESOLVED is final: a case cannot move from it.');
    expect(errorOf(await app.gql(REACT, { id: resolved.id, input: { text: 'Ещё ответ', version: 1 } }, world.representative), 'CONFLICT').extensions.reason).toBe('CASE_FINISHED');
  });

  it('a move made from a stale page is a CONFLICT', async () => {
    const world = await makeCrmWorld(app);
    const caseRow = await caseAsked(app, world, 1);
    await app.gql(MOVE, { id: caseRow.id, input: { status: 'IN_PROGRESS', version: 1 } }, world.representative);
    expect(errorOf(await app.gql(MOVE, { id: caseRow.id, input: { status: 'CLOSED', version: 1 } }, world.pr), 'CONFLICT').extensions.reason).toBe('STALE_VERSION');
  });

  it('a result can be completed later but not reversed', async () => {
    const world = await makeCrmWorld(app);
    const caseRow = await caseAsked(app, world, 3);
    const answered = await app.gql(REACT, { id: caseRow.id, input: { text: 'Ответ', version: 1 } }, world.representative);
    const closed = await app.gql(RESULT, { id: caseRow.id, input: { resolved: false, version: answered.data!.logReaction.version } }, world.representative);
    expect(closed.data!.recordCaseResult).toMatchObject({ status: 'CLOSED', resolved: false });
    const later = await app.gql(RESULT, { id: caseRow.id, input: { resolved: false, promoUsed: true, version: closed.data!.recordCaseResult.version } }, world.representative);
    expect(later.data!.recordCaseResult).toMatchObject({ status: 'CLOSED', promoUsed: true });
    errorOf(await app.gql(RESULT, { id: caseRow.id, input: { resolved: true, version: later.data!.recordCaseResult.version } }, world.representative), 'CONFLICT');
  });

  it('keeps overdue cases in a queue of their own and counts them on the dashboard', async () => {
    const world = await makeCrmWorld(app);
    const late = await caseAsked(app, world, 10, { deadlineAt: hoursAgo(2) });
    const lateButTaken = await caseAsked(app, world, 10, { deadlineAt: hoursAgo(2), status: CaseStatus.IN_PROGRESS });
    const answeredLate = await caseAsked(app, world, 10, { deadlineAt: hoursAgo(2), status: CaseStatus.ANSWERED, firstResponseAt: hoursAgo(1) });
    const inTime = await caseAsked(app, world, 1, { deadlineAt: new Date(Date.now() + 3600 * 1000) });
    const noDeadline = await caseAsked(app, world, 50);
    const closedUnanswered = await caseAsked(app, world, 10, { deadlineAt: hoursAgo(2), status: CaseStatus.CLOSED });

    const queue = await app.gql(
      '{ overdue: allCases(filter: { overdue: true }) { id isOverdue } rest: allCases(filter: { overdue: false }) { id isOverdue } count: _allCasesMeta(filter: { overdue: true }) { count } }',
      {},
      world.representative,
    );
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
    expect(ids(queue.data!.overdue)).toEqual([late.id, lateButTaken.id].sort());
    expect(queue.data!.overdue.every((row: { isOverdue: boolean }) => row.isOverdue)).toBe(true);
    expect(ids(queue.data!.rest)).toEqual([answeredLate.id, inTime.id, noDeadline.id, closedUnanswered.id].sort());
    expect(queue.data!.count.count).toBe(2);

    const dashboard = await app.gql('{ caseDashboard { open overdue awaitingAnswer averageFirstResponseHours answeredLast30Days openEscalations } }', {}, world.trainer);
    expect(dashboard.data!.caseDashboard).toEqual({ open: 5, overdue: 2, awaitingAnswer: 4, averageFirstResponseHours: 9, answeredLast30Days: 1, openEscalations: 0 });
  });

  it("takes the brief's most specific response deadline, and recomputes it when the category becomes known", async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.REVIEW_SITE });
    await makeBriefInForce(app.dataSource, world.client, {
      responseDeadlines: [
        { key: 'default', platformKind: null, category: null, hours: 24 },
        { key: 'reviews', platformKind: PlatformKind.REVIEW_SITE, category: null, hours: 8 },
        { key: 'negative-reviews', platformKind: PlatformKind.REVIEW_SITE, category: ConsumerCycleCategory.NEGATIVE, hours: 2 },
        { key: 'negative-anywhere', platformKind: null, category: ConsumerCycleCategory.NEGATIVE, hours: 4 },
      ],
    });
    const requestedAt = new Date('2026-11-03T09:00:00.000Z');
    const caseRow = await caseAsked(app, world, 0, { requestedAt, deadlineAt: new Date('2026-11-03T17:00:00.000Z') });
    const classified = await app.gql(CLASSIFY, { id: caseRow.id, input: { category: 'NEGATIVE', version: 1 } }, world.representative);
    expect(classified.data!.classifyCase).toMatchObject({ category: 'NEGATIVE', deadlineAt: '2026-11-03T11:00:00.000Z', deadlineRuleKey: 'negative-reviews' });
    const general = await app.gql(CLASSIFY, { id: caseRow.id, input: { category: 'PRODUCT_REQUEST', version: 2 } }, world.representative);
    expect(general.data!.classifyCase).toMatchObject({ deadlineAt: '2026-11-03T17:00:00.000Z', deadlineRuleKey: 'reviews' });
  });

  it('the base learns: answering with an approved reply links its situation and makes the post a confirmed example, once', async () => {
    const world = await makeCrmWorld(app);
    const { situation, reply } = await makeSituationWithOneReply(app.dataSource, world.client);
    const other = await makeSituationWithOneReply(app.dataSource, world.client, { category: ConsumerCycleCategory.SUPPORT });
    const caseRow = await caseAsked(app, world, 2, { text: 'Сколько у вас стоит первое техобслуживание?' });
    const approvedWords = `Здравствуйте! Первое ТО в ${world.client.brandName} стоит 9 900 ₽, запись по телефону.`;
    const first = await app.gql(REACT, { id: caseRow.id, input: { text: approvedWords, replyId: reply.id, version: 1 } }, world.representative);
    expect(first.data!.logReaction).toMatchObject({ situationId: situation.id });
    await app.gql(REACT, { id: caseRow.id, input: { text: 'Запишем на удобное время', replyId: reply.id, version: first.data!.logReaction.version } }, world.representative);
    const examples = app.dataSource.getRepository(SituationExample);
    expect(await examples.findBy({ caseId: caseRow.id })).toMatchObject([{ situationId: situation.id, source: ExampleSource.CONFIRMED, text: 'Сколько у вас стоит первое техобслуживание?' }]);

    const page = await app.gql('query($id: ID!) { Case(id: $id) { version reactions { replyId replyRevision edited } } }', { id: caseRow.id }, world.representative);
    // The second post changed the approved words: it cites the reply but is not a use of revision 1's wording.
    expect(page.data!.Case.reactions).toEqual([
      { replyId: reply.id, replyRevision: 1, edited: false },
      { replyId: reply.id, replyRevision: null, edited: true },
    ]);
    const corrected = await app.gql(CLASSIFY, { id: caseRow.id, input: { situationId: other.situation.id, version: page.data!.Case.version } }, world.representative);
    expect(corrected.data!.classifyCase).toMatchObject({ situationId: other.situation.id, category: 'SUPPORT' });
    expect(await examples.findBy({ caseId: caseRow.id })).toMatchObject([{ situationId: other.situation.id, source: ExampleSource.CONFIRMED }]);
  });

  it('suggests the approved reply of the case\'s situation, greeting the author by name', async () => {
    const world = await makeCrmWorld(app);
    const { situation, reply } = await makeSituationWithOneReply(app.dataSource, world.client);
    const caseRow = await caseAsked(app, world, 1, { situationId: situation.id, authorName: 'Ольга' });
    const page = await app.gql('query($id: ID!) { Case(id: $id) { suggestedReply { replyId revision text } } }', { id: caseRow.id }, world.representative);
    expect(page.data!.Case.suggestedReply).toEqual({ replyId: reply.id, revision: 1, text: `Ольга, здравствуйте! Первое ТО в ${world.client.brandName} стоит 9 900 ₽, запись по телефону.` });
  });

  it('refuses a post too long for the platform, a draft reply, and a representative with no official account there', async () => {
    const world = await makeCrmWorld(app, { replyLengthLimit: 20 });
    const caseRow = await caseAsked(app, world, 1);
    const long = errorOf(await app.gql(REACT, { id: caseRow.id, input: { text: 'Очень длинный ответ, больше двадцати знаков', version: 1 } }, world.representative), 'BAD_USER_INPUT');
    expect(long.message).toContain('accepts at most 20 characters');
    const { reply } = await makeSituationWithOneReply(app.dataSource, world.client, { replyStatus: ReplyStatus.DRAFT });
    expect(errorOf(await app.gql(REACT, { id: caseRow.id, input: { text: 'Коротко', replyId: reply.id, version: 1 } }, world.representative), 'BAD_USER_INPUT').extensions.reason).toBe('REPLY_NOT_APPROVED');

    const elsewhere = await caseAsked(app, world, 1, { platform: await makePlatform(app.dataSource, world.client) });
    const noAccount = errorOf(await app.gql(REACT, { id: elsewhere.id, input: { text: 'Коротко', version: 1 } }, world.representative), 'BAD_USER_INPUT');
    expect(noAccount.extensions.reason).toBe('NO_OFFICIAL_ACCOUNT');
  });

  it('representatives and PR specialists work cases; trainers and responsible people only read them', async () => {
    const world = await makeCrmWorld(app);
    const caseRow = await caseAsked(app, world, 1);
    for (const as of [world.trainer, world.responsible]) {
      expect((await app.gql('query($id: ID!) { Case(id: $id) { id } }', { id: caseRow.id }, as)).data!.Case.id).toBe(caseRow.id);
      errorOf(await app.gql(MOVE, { id: caseRow.id, input: { status: 'IN_PROGRESS', version: 1 } }, as), 'FORBIDDEN');
      errorOf(await app.gql(REACT, { id: caseRow.id, input: { text: 'Ответ', version: 1 } }, as), 'FORBIDDEN');
    }
    // A tool reads cases with cases:read only (tests/api/api-key-scopes.test.ts covers every scope).
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.REPLIES_READ, ApiKeyScope.MENTIONS_WRITE]);
    errorOf(await app.gql('{ allCases { id } }', {}, { apiKey: secret }), 'FORBIDDEN');
    expect((await app.gql(MOVE, { id: caseRow.id, input: { status: 'CLOSED', note: 'Спам', version: 1 } }, world.pr)).data!.moveCase.status).toBe('CLOSED');
  });
});
