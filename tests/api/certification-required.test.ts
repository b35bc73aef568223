import { CertificateRefresh } from '../../api/modules/certification/certificate-refresh.entity';
import { Quiz } from '../../api/modules/certification/quiz.entity';
import { Representative } from '../../api/modules/representatives/representative.entity';
import { makeBriefInForce, makeBriefVersion, makePlatform } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { briefOperations } from '../helpers/briefs';
import { makeCertificate, makeCertifyingQuiz } from '../helpers/certification-standard';
import { caseAsked, makeCrmWorld, REACT, type CrmWorld } from '../helpers/crm';

const app = useTestApp();
const DAY = 24 * 3600 * 1000;

const CASE_CERTIFICATION = `query($id: ID!) { Case(id: $id) { id certification { userId requiredQuizId mayPost required { quizTitle status } statuses { quizId status } } } }`;

/** A brief in force requiring a certificate of a certifying quiz to post on the world's platform. */
async function requiredOnPlatform(world: CrmWorld) {
  const { quiz } = await makeCertifyingQuiz(app.dataSource, world.client, { title: 'Аттестация по ТЗ' });
  await makeBriefInForce(app.dataSource, world.client, {
    postingRules: [{ key: 'forum', platformId: world.platform.id, platformKind: null, maxPostsPerDay: null, maxPostsPerWeek: null, allowedPostKinds: [], note: null, requiredQuizId: quiz.id }],
  });
  const representative = await app.dataSource.getRepository(Representative).findOneByOrFail({ clientId: world.client.id, userId: world.userIds.representative });
  return { quiz, representative };
}

async function answer(world: CrmWorld) {
  const caseRow = await caseAsked(app, world, 2);
  return { caseRow, result: await app.gql(REACT, { id: caseRow.id, input: { text: 'Официальный ответ', version: 1 } }, world.representative) };
}

describe('certification required to post', () => {
  it('refuses an answer by a representative without a certificate, naming the quiz to take', async () => {
    const world = await makeCrmWorld(app);
    const { quiz } = await requiredOnPlatform(world);
    const refused = errorOf((await answer(world)).result, 'FORBIDDEN');
    expect(refused.extensions).toMatchObject({ reason: 'CERTIFICATION_REQUIRED', quizId: quiz.id, quizTitle: 'Аттестация по ТЗ', status: 'NONE' });
    expect(refused.message).toContain('Аттестация по ТЗ');
  });

  it('accepts it with a valid certificate, and within the grace of one that needs refresh', async () => {
    const world = await makeCrmWorld(app);
    const { quiz, representative } = await requiredOnPlatform(world);
    const certificate = await makeCertificate(app.dataSource, world.client, representative.id, quiz.id);
    expect((await answer(world)).result.errors).toBeUndefined();
    await app.dataSource.getRepository(CertificateRefresh).save({ clientId: world.client.id, certificateId: certificate.id, quizId: quiz.id, flaggedAt: new Date(Date.now() - DAY), changes: 'ТЗ изменено', changeKey: 'test' });
    expect((await answer(world)).result.errors).toBeUndefined();
  });

  it('refuses it once the certificate lapsed, and shows so on the case page', async () => {
    const world = await makeCrmWorld(app);
    const { quiz, representative } = await requiredOnPlatform(world);
    await makeCertificate(app.dataSource, world.client, representative.id, quiz.id, { validUntil: new Date(Date.now() - DAY) });
    const { caseRow, result } = await answer(world);
    expect(errorOf(result, 'FORBIDDEN').extensions).toMatchObject({ reason: 'CERTIFICATION_REQUIRED', status: 'LAPSED' });
    const page = (await app.gql(CASE_CERTIFICATION, { id: caseRow.id }, world.representative)).data!.Case.certification;
    expect(page).toMatchObject({ userId: world.userIds.representative, requiredQuizId: quiz.id, mayPost: false, required: { quizTitle: 'Аттестация по ТЗ', status: 'LAPSED' } });
  });

  it('requires nothing on a platform the brief does not name', async () => {
    const world = await makeCrmWorld(app);
    await requiredOnPlatform(world);
    const caseRow = await caseAsked(app, { ...world, platform: await makePlatform(app.dataSource, world.client) }, 2);
    const page = (await app.gql(CASE_CERTIFICATION, { id: caseRow.id }, world.pr)).data!.Case.certification;
    expect(page).toMatchObject({ requiredQuizId: null, mayPost: true, required: null });
  });

  it('a brief can require only a certifying quiz of the client', async () => {
    const world = await makeCrmWorld(app);
    const { quiz } = await makeCertifyingQuiz(app.dataSource, world.client);
    await app.dataSource.getRepository(Quiz).update(quiz.id, { certifying: false });
    const draft = await makeBriefVersion(app.dataSource, world.client);
    const rules = [{ platformId: world.platform.id, allowedPostKinds: ['ANSWER'], requiredQuizId: quiz.id }];
    const refused = await app.gql('mutation($id: ID!, $input: UpdateBriefDraftInput!) { updateBriefDraft(id: $id, input: $input) { id } }', { id: draft.id, input: { postingRules: rules, version: draft.version } }, world.pr);
    const problem = (errorOf(refused, 'BAD_USER_INPUT').extensions.fields as any[]).find((field) => field.field === 'postingRules.0.requiredQuizId');
    expect(problem).toMatchObject({ reason: 'NOT_A_CERTIFYING_QUIZ', value: quiz.id });
    await app.dataSource.getRepository(Quiz).update(quiz.id, { certifying: true });
    const saved = await briefOperations(app).save(world.pr, draft, { postingRules: rules });
    expect(saved.postingRules).toEqual([expect.objectContaining({ platformId: world.platform.id })]);
  });
});
