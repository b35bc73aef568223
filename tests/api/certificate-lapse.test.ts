import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { Certificate } from '../../api/modules/certification/certificate.entity';
import { ANSWER, makeQuizWorld, START, SUBMIT } from '../helpers/certification';
import { CertificateRefresh } from '../../api/modules/certification/certificate-refresh.entity';
import { QuestionGeneration } from '../../api/modules/certification/question-generation.entity';
import { GeneratorKind } from '../../api/modules/certification/question-draft';
import { makeBriefInForce, makeRepresentative, makeReply, makeSituation } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { briefOperations } from '../helpers/briefs';
import { FIXTURE_BRIEF } from '../helpers/standard-fixture';
import { CERTIFICATIONS, makeCertificate, makeCertifyingQuiz, makeSourcedQuestion } from '../helpers/certification-standard';
import { makeClientWorld, type ClientWorld } from '../helpers/world';

const app = useTestApp();
const briefs = briefOperations(app);
const DAY = 24 * 3600 * 1000;

const STATUSES = `{ allRepresentatives(perPage: 100) { id ${CERTIFICATIONS} } }`;

async function statusesOf(world: ClientWorld, representativeId: string) {
  const result = await app.gql(STATUSES, {}, world.trainer);
  expect(result.errors).toBeUndefined();
  return result.data!.allRepresentatives.find((representative: any) => representative.id === representativeId).certifications as any[];
}

/** A brief in force, a certifying quiz on its topics, and a representative certified on it. */
async function certifiedOnTopics() {
  const world = await makeClientWorld(app.dataSource);
  const sections = { topics: FIXTURE_BRIEF.content.topics, responseDeadlines: FIXTURE_BRIEF.content.responseDeadlines };
  const version = await makeBriefInForce(app.dataSource, world.client, sections);
  const { quiz } = await makeCertifyingQuiz(app.dataSource, world.client, { briefId: version.briefId, sections: ['topics'], refreshGraceDays: 14 });
  const { representative } = await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative });
  const certificate = await makeCertificate(app.dataSource, world.client, representative.id, quiz.id);
  return { world, version, quiz, representative, certificate, sections };
}

describe('certificates lapse when their source changes', () => {
  it('a new brief version changing a section the quiz draws from flags the certificate NEEDS_REFRESH, with what changed', async () => {
    const { world, version, quiz, representative, sections } = await certifiedOnTopics();
    expect((await statusesOf(world, representative.id)).find((entry) => entry.quizId === quiz.id)).toMatchObject({ status: 'CERTIFIED', changes: [] });
    const topics = sections.topics.map((topic) => (topic.key === 'credit' ? { ...topic, policy: 'NO_COMMENT' as never } : topic));
    await briefs.putInForce(world.pr, { topics }, version.id);
    const entry = (await statusesOf(world, representative.id)).find((each) => each.quizId === quiz.id);
    expect(entry).toMatchObject({ status: 'NEEDS_REFRESH', changes: ['ТЗ, версия 2. Темы: изменено «Кредит»'] });
    expect(new Date(entry.lapsesAt).getTime() - new Date(entry.needsRefreshSince).getTime()).toBe(14 * DAY);
    // Tools following certification are sent certificate.lapsing, with the certificate.
    const events = await app.dataSource.query(`SELECT object->>'quizId' AS quiz FROM webhook_event WHERE client_id = $1 AND type = 'certificate.lapsing'`, [world.client.id]);
    expect(events).toEqual([{ quiz: quiz.id }]);
  });

  it('a new brief version changing only a section the quiz does not use leaves the certificate CERTIFIED', async () => {
    const { world, version, quiz, representative } = await certifiedOnTopics();
    await briefs.putInForce(world.pr, { responseDeadlines: [{ platformKind: 'FORUM', category: 'NEGATIVE', hours: 2 }] }, version.id);
    expect((await statusesOf(world, representative.id)).find((entry) => entry.quizId === quiz.id)).toMatchObject({ status: 'CERTIFIED', changes: [] });
    expect(await app.dataSource.getRepository(CertificateRefresh).countBy({ quizId: quiz.id })).toBe(0);
  });

  it('lapses once the grace period the trainer set has run out, and a new certificate starts clean', async () => {
    const { world, version, quiz, representative, sections } = await certifiedOnTopics();
    await briefs.putInForce(world.pr, { topics: sections.topics.slice(0, 1) }, version.id);
    await app.dataSource.getRepository(CertificateRefresh).update({ quizId: quiz.id }, { flaggedAt: new Date(Date.now() - 15 * DAY) });
    expect((await statusesOf(world, representative.id)).find((entry) => entry.quizId === quiz.id).status).toBe('LAPSED');
    const grace = await app.gql('mutation($id: ID!, $days: Int!) { updateQuizRefreshGrace(id: $id, refreshGraceDays: $days) { refreshGraceDays } }', { id: quiz.id, days: 30 }, world.trainer);
    expect(grace.data!.updateQuizRefreshGrace.refreshGraceDays).toBe(30);
    expect((await statusesOf(world, representative.id)).find((entry) => entry.quizId === quiz.id).status).toBe('NEEDS_REFRESH');
    await makeCertificate(app.dataSource, world.client, representative.id, quiz.id, { issuedAt: new Date(Date.now() + 1000) });
    expect((await statusesOf(world, representative.id)).find((entry) => entry.quizId === quiz.id)).toMatchObject({ status: 'CERTIFIED', changes: [] });
  });

  it('the grace is the trainer\'s to set, from 0 to 365 days', async () => {
    const { world, quiz } = await certifiedOnTopics();
    const grace = 'mutation($id: ID!, $days: Int!) { updateQuizRefreshGrace(id: $id, refreshGraceDays: $days) { refreshGraceDays } }';
    for (const caller of [world.representative, world.pr, world.responsible]) expect(errorOf(await app.gql(grace, { id: quiz.id, days: 7 }, caller), 'FORBIDDEN')).toBeDefined();
    expect(errorOf(await app.gql(grace, { id: quiz.id, days: 366 }, world.trainer), 'BAD_USER_INPUT').message).toContain('refreshGraceDays');
    expect((await app.gql(grace, { id: quiz.id, days: 0 }, world.trainer)).data!.updateQuizRefreshGrace.refreshGraceDays).toBe(0);
  });

  it('a new approved revision of a reply a question was made from flags the quiz; a reply no question uses flags nothing', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client, { title: 'Долго ждать запчасть' });
    const used = await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED });
    const unused = await makeReply(app.dataSource, await makeSituation(app.dataSource, world.client), { status: ReplyStatus.APPROVED });
    const { quiz, category } = await makeCertifyingQuiz(app.dataSource, world.client);
    const question = await makeSourcedQuestion(app.dataSource, world.client, category.id, { sourceSituationId: situation.id });
    await app.dataSource.getRepository(QuestionGeneration).save({ clientId: world.client.id, questionId: question.id, generator: GeneratorKind.PICK_THE_REPLY, fingerprint: 'f', contentHash: 'h', replyId: used.id, replyRevision: 1 });
    const { representative } = await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative });
    await makeCertificate(app.dataSource, world.client, representative.id, quiz.id);

    const reword = 'mutation($id: ID!, $input: UpdateReplyInput!) { updateReply(id: $id, input: $input) { id revision } }';
    const approve = 'mutation($id: ID!) { approveReply(id: $id) { id revision status } }';
    for (const reply of [unused]) {
      expect((await app.gql(reword, { id: reply.id, input: { text: 'Новая редакция {brand}.', version: reply.version } }, world.pr)).errors).toBeUndefined();
      expect((await app.gql(approve, { id: reply.id }, world.pr)).data!.approveReply).toMatchObject({ revision: 2, status: 'APPROVED' });
    }
    expect((await statusesOf(world, representative.id)).find((entry) => entry.quizId === quiz.id).status).toBe('CERTIFIED');
    expect((await app.gql(reword, { id: used.id, input: { text: 'Проверим заказ запчасти сегодня, {brand}.', version: used.version } }, world.pr)).errors).toBeUndefined();
    expect((await statusesOf(world, representative.id)).find((entry) => entry.quizId === quiz.id).status).toBe('CERTIFIED');
    await app.gql(approve, { id: used.id }, world.pr);
    expect((await statusesOf(world, representative.id)).find((entry) => entry.quizId === quiz.id)).toMatchObject({
      status: 'NEEDS_REFRESH',
      changes: ['Аргументарная база: новая редакция ответа на ситуацию «Долго ждать запчасть» (редакция 2)'],
    });
  });

  it('EXPIRING within 30 days of validity, LAPSED after it, NONE without a certificate', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { representative } = await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative });
    const [expiring, expired, none] = [
      await makeCertifyingQuiz(app.dataSource, world.client, { title: 'А: истекает' }),
      await makeCertifyingQuiz(app.dataSource, world.client, { title: 'Б: истёк' }),
      await makeCertifyingQuiz(app.dataSource, world.client, { title: 'В: не сдавал' }),
    ];
    await makeCertificate(app.dataSource, world.client, representative.id, expiring.quiz.id, { validUntil: new Date(Date.now() + 10 * DAY) });
    await makeCertificate(app.dataSource, world.client, representative.id, expired.quiz.id, { validUntil: new Date(Date.now() - DAY) });
    expect((await statusesOf(world, representative.id)).map((entry) => [entry.quizTitle, entry.status])).toEqual([
      ['А: истекает', 'EXPIRING'],
      ['Б: истёк', 'LAPSED'],
      ['В: не сдавал', 'NONE'],
    ]);
    void none;
  });

  it('every status reads the same on the representatives\' list, on the certificate and on its public verification', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { representative } = await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative });
    const cases: { title: string; validUntil: Date | null; flaggedDaysAgo: number | null; status: string }[] = [
      { title: 'А: бессрочный', validUntil: null, flaggedDaysAgo: null, status: 'CERTIFIED' },
      { title: 'Б: надолго', validUntil: new Date(Date.now() + 90 * DAY), flaggedDaysAgo: null, status: 'CERTIFIED' },
      { title: 'В: истекает', validUntil: new Date(Date.now() + 10 * DAY), flaggedDaysAgo: null, status: 'EXPIRING' },
      { title: 'Г: истёк', validUntil: new Date(Date.now() - DAY), flaggedDaysAgo: null, status: 'LAPSED' },
      { title: 'Д: ТЗ изменилось', validUntil: null, flaggedDaysAgo: 1, status: 'NEEDS_REFRESH' },
      { title: 'Е: ТЗ изменилось, и истекает', validUntil: new Date(Date.now() + 10 * DAY), flaggedDaysAgo: 1, status: 'NEEDS_REFRESH' },
      { title: 'Ж: отсрочка прошла', validUntil: null, flaggedDaysAgo: 20, status: 'LAPSED' },
      { title: 'З: истёк, и ТЗ изменилось', validUntil: new Date(Date.now() - DAY), flaggedDaysAgo: 1, status: 'LAPSED' },
    ];
    const codes = new Map<string, string>();
    for (const [index, entry] of cases.entries()) {
      const { quiz } = await makeCertifyingQuiz(app.dataSource, world.client, { title: entry.title, refreshGraceDays: 14 });
      const certificate = await makeCertificate(app.dataSource, world.client, representative.id, quiz.id, { validUntil: entry.validUntil, verificationCode: `STATUS-CASE-${index}-${Date.now()}` });
      codes.set(entry.title, certificate.verificationCode);
      if (entry.flaggedDaysAgo !== null) {
        await app.dataSource.getRepository(CertificateRefresh).save({ clientId: world.client.id, certificateId: certificate.id, quizId: quiz.id, flaggedAt: new Date(Date.now() - entry.flaggedDaysAgo * DAY), changes: 'ТЗ изменено', changeKey: 'test' });
      }
    }
    const expected = cases.map((entry) => [entry.title, entry.status]);

    expect((await statusesOf(world, representative.id)).map((entry) => [entry.quizTitle, entry.status])).toEqual(expected);
    const listed = await app.gql('query($id: ID!) { allCertificates(perPage: 50, filter: { representativeId: $id }) { quizTitle status } }', { id: representative.id }, world.trainer);
    expect(listed.data!.allCertificates.map((certificate: any) => [certificate.quizTitle, certificate.status]).sort()).toEqual(expected);
    const verified: string[][] = [];
    for (const entry of cases) {
      const result = await app.gql('query($code: String!) { verifyCertificate(code: $code) { quizTitle status } }', { code: codes.get(entry.title) });
      verified.push([result.data!.verifyCertificate.quizTitle, result.data!.verifyCertificate.status]);
    }
    expect(verified).toEqual(expected);
  });

  it('a page of representatives with their statuses costs the same SQL statements as one', async () => {
    const world = await makeClientWorld(app.dataSource);
    const quizzes = [await makeCertifyingQuiz(app.dataSource, world.client), await makeCertifyingQuiz(app.dataSource, world.client)];
    const ids: string[] = [];
    for (let index = 0; index < 8; index += 1) {
      const { representative } = await makeRepresentative(app.dataSource, world.client);
      if (index % 2) await makeCertificate(app.dataSource, world.client, representative.id, quizzes[index % 2].quiz.id);
      ids.push(representative.id);
    }
    const page = `query($ids: [ID!]) { allRepresentatives(perPage: 50, filter: { ids: $ids }) { id ${CERTIFICATIONS} } }`;
    const one = await app.gql(page, { ids: ids.slice(0, 1) }, world.trainer);
    const eight = await app.gql(page, { ids }, world.trainer);
    expect([one.errors, eight.errors]).toEqual([undefined, undefined]);
    expect(eight.data!.allRepresentatives.flatMap((representative: any) => representative.certifications)).toHaveLength(16);
    expect(eight.statements).toBe(one.statements);
  });
});

describe('a certificate whose source changed, through the certificates module', () => {
  it('reads NEEDS_REFRESH on the certificate and its public verification, and passing again grants a fresh one', async () => {
    const world = await makeQuizWorld(app.dataSource, { certifying: true, passMark: 50 }, 1);
    const take = async () => {
      const attempt = (await app.gql(START, { quizId: world.quiz.id }, world.learner)).data!.startQuizAttempt;
      for (const question of attempt.questions) await app.gql(ANSWER, { attemptId: attempt.id, questionId: question.id, choiceIds: ['right'] }, world.learner);
      return (await app.gql(SUBMIT, { id: attempt.id }, world.learner)).data!.submitQuizAttempt;
    };
    await take();
    const [first] = await app.dataSource.getRepository(Certificate).findBy({ quizId: world.quiz.id });
    await app.dataSource.getRepository(CertificateRefresh).save({ clientId: first.clientId, certificateId: first.id, quizId: world.quiz.id, flaggedAt: new Date(), changes: 'ТЗ изменено', changeKey: 'test' });
    const verified = await app.gql('query($code: String!) { verifyCertificate(code: $code) { status } }', { code: first.verificationCode });
    expect(verified.data!.verifyCertificate.status).toBe('NEEDS_REFRESH');
    expect((await app.gql('{ myCertificates { id status } }', {}, world.learner)).data!.myCertificates).toEqual([{ id: first.id, status: 'NEEDS_REFRESH' }]);
    await take();
    const mine = (await app.gql('{ myCertificates { id status } }', {}, world.learner)).data!.myCertificates;
    expect(mine.map((certificate: any) => certificate.status).sort()).toEqual(['CERTIFIED', 'NEEDS_REFRESH']);
  });
});
