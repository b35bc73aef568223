import { setClock } from '../../api/common/clock';
import { Certificate } from '../../api/modules/certification/certificate.entity';
import { makeRepresentative } from '../../seeds/factories';
import { useTestApp, type As } from '../helpers/app';
import { ANSWER, makeQuizWorld, START, SUBMIT } from '../helpers/certification';

const app = useTestApp();

beforeEach(() => setClock(new Date('2026-12-01T09:00:00Z')));
afterAll(() => setClock(null));

async function takeQuiz(quizId: string, as: As, rightCount: number) {
  const attempt = (await app.gql(START, { quizId }, as)).data!.startQuizAttempt;
  for (const [index, question] of attempt.questions.entries()) {
    await app.gql(ANSWER, { attemptId: attempt.id, questionId: question.id, choiceIds: [index < rightCount ? 'right' : 'wrong-1'] }, as);
  }
  return (await app.gql(SUBMIT, { id: attempt.id }, as)).data!.submitQuizAttempt;
}

const VERIFY = 'query($code: String!) { verifyCertificate(code: $code) { name quizTitle issuedAt validUntil status } }';

describe('certificates', () => {
  it('passing a certifying quiz grants a certificate valid for the set days; failing grants none', async () => {
    const world = await makeQuizWorld(app.dataSource, { certifying: true, certificateValidityDays: 365, passMark: 80 }, 2);
    await takeQuiz(world.quiz.id, world.learner, 1);
    expect(await app.dataSource.getRepository(Certificate).countBy({ quizId: world.quiz.id })).toBe(0);
    const passed = await takeQuiz(world.quiz.id, world.learner, 2);
    const mine = (await app.gql('{ myCertificates { id quizId attemptId score issuedAt validUntil status verificationCode quizTitle representativeName } }', {}, world.learner)).data!.myCertificates;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ quizId: world.quiz.id, attemptId: passed.id, score: 100, issuedAt: '2026-12-01T09:00:00.000Z', validUntil: '2027-12-01T09:00:00.000Z', status: 'CERTIFIED', quizTitle: world.quiz.title });
    expect(mine[0].verificationCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // A second pass while the certificate is valid grants no second one.
    await takeQuiz(world.quiz.id, world.learner, 2);
    expect(await app.dataSource.getRepository(Certificate).countBy({ quizId: world.quiz.id })).toBe(1);
  });

  it('a quiz that does not certify grants nothing', async () => {
    const world = await makeQuizWorld(app.dataSource, { certifying: false }, 1);
    await takeQuiz(world.quiz.id, world.learner, 1);
    expect(await app.dataSource.getRepository(Certificate).countBy({ quizId: world.quiz.id })).toBe(0);
  });

  it('anyone checks a code without signing in and learns only the name, the quiz, the dates and the status', async () => {
    const world = await makeQuizWorld(app.dataSource, { certifying: true, certificateValidityDays: 20 }, 1);
    await takeQuiz(world.quiz.id, world.learner, 1);
    const certificate = await app.dataSource.getRepository(Certificate).findOneByOrFail({ quizId: world.quiz.id });
    const checked = await app.gql(VERIFY, { code: certificate.verificationCode.toLowerCase() });
    expect(checked.errors).toBeUndefined();
    expect(checked.data!.verifyCertificate).toMatchObject({ quizTitle: world.quiz.title, issuedAt: '2026-12-01T09:00:00.000Z', status: 'EXPIRING' });
    expect(checked.data!.verifyCertificate.name).toBeTruthy();
    const type = await app.gql('{ __type(name: "CertificateVerification") { fields { name } } }');
    expect(type.data!.__type.fields.map((field: { name: string }) => field.name).sort()).toEqual(['issuedAt', 'name', 'quizTitle', 'status', 'validUntil']);
    setClock(new Date('2026-12-22T09:00:00Z'));
    expect((await app.gql(VERIFY, { code: certificate.verificationCode })).data!.verifyCertificate.status).toBe('LAPSED');
    expect((await app.gql(VERIFY, { code: 'AAAA-BBBB-CCCC' })).data!.verifyCertificate).toBeNull();
  });

  it('the certificate downloads as a PDF with a Cyrillic font; another representative cannot download it', async () => {
    const world = await makeQuizWorld(app.dataSource, { certifying: true }, 1);
    await takeQuiz(world.quiz.id, world.learner, 1);
    const certificate = await app.dataSource.getRepository(Certificate).findOneByOrFail({ quizId: world.quiz.id });
    const PDF = 'query($id: ID!) { certificatePdf(id: $id) { fileName contentType base64 } }';
    for (const as of [world.learner, world.trainer]) {
      const file = (await app.gql(PDF, { id: certificate.id }, as)).data!.certificatePdf;
      expect(file.contentType).toBe('application/pdf');
      const bytes = Buffer.from(file.base64, 'base64');
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.toString('latin1')).toMatch(/DejaVuSans/);
    }
    const other = await makeRepresentative(app.dataSource, world.client);
    const refused = await app.gql(PDF, { id: certificate.id }, { token: other.token!, client: world.client.slug });
    expect(refused.errors?.map((error) => error.extensions.code)).toEqual(['NOT_FOUND']);
  });

  it('trainers list the certificates of the client', async () => {
    const world = await makeQuizWorld(app.dataSource, { certifying: true }, 1);
    await takeQuiz(world.quiz.id, world.learner, 1);
    const listed = await app.gql(
      'query($quizId: ID!) { allCertificates(filter: { quizId: $quizId }) { quizId representativeId status } _allCertificatesMeta(filter: { quizId: $quizId }) { count } }',
      { quizId: world.quiz.id },
      world.trainer,
    );
    expect(listed.data).toEqual({ allCertificates: [{ quizId: world.quiz.id, representativeId: world.learnerRecord.id, status: 'CERTIFIED' }], _allCertificatesMeta: { count: 1 } });
    expect((await app.gql('{ allCertificates { id } }', {}, world.learner)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
