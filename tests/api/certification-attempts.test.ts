import { advanceClock, setClock } from '../../api/common/clock';
import { AttemptQuestion } from '../../api/modules/certification/attempt-question.entity';
import { autoSubmitDueAttempts } from '../../api/modules/certification/attempt-submission';
import { QuestionType } from '../../api/modules/certification/certification-enums';
import { QuizAttempt } from '../../api/modules/certification/quiz-attempt.entity';
import { QuizOverride } from '../../api/modules/certification/quiz-override.entity';
import { makeRepresentative } from '../../seeds/factories';
import { errorOf, useTestApp, type As } from '../helpers/app';
import { ANSWER, makeQuestion, makeQuizWorld, READ, START, SUBMIT } from '../helpers/certification';

const app = useTestApp();
const MINUTE = 60_000;

beforeEach(() => setClock(new Date('2026-12-01T09:00:00Z')));
afterAll(() => setClock(null));

async function start(quizId: string, as: As) {
  const result = await app.gql(START, { quizId }, as);
  expect(result.errors).toBeUndefined();
  return result.data!.startQuizAttempt;
}

/** Answers every question right (choice "right") or wrong, and submits. */
async function takeQuiz(quizId: string, as: As, rightCount: number) {
  const attempt = await start(quizId, as);
  for (const [index, question] of attempt.questions.entries()) {
    const choiceIds = [index < rightCount ? 'right' : 'wrong-1'];
    expect((await app.gql(ANSWER, { attemptId: attempt.id, questionId: question.id, choiceIds }, as)).errors).toBeUndefined();
  }
  const submitted = await app.gql(SUBMIT, { id: attempt.id }, as);
  expect(submitted.errors).toBeUndefined();
  return submitted.data!.submitQuizAttempt;
}

describe('quiz attempts', () => {
  it('draws the questions once: a reload, or starting again, returns the same questions in the same order', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 3);
    for (let index = 0; index < 5; index += 1) await makeQuestion(app.dataSource, world.category);
    const first = await start(world.quiz.id, world.learner);
    expect(first.questions).toHaveLength(3);
    const reloaded = await app.gql(READ, { id: first.id }, world.learner);
    const again = await start(world.quiz.id, world.learner);
    expect(reloaded.data!.myQuizAttempt.questions).toEqual(first.questions);
    expect(again.id).toBe(first.id);
    expect(again.questions).toEqual(first.questions);
    expect(await app.dataSource.getRepository(AttemptQuestion).countBy({ attemptId: first.id })).toBe(3);
  });

  it('scores on the server, and shows the right answers and explanations only after submission', async () => {
    const world = await makeQuizWorld(app.dataSource, { passMark: 60 }, 3);
    const attempt = await start(world.quiz.id, world.learner);
    expect(attempt.questions.every((question: { review: unknown }) => question.review === null)).toBe(true);
    expect(attempt.score).toBeNull();
    const submitted = await takeQuiz(world.quiz.id, world.learner, 2);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', score: 66.67, passed: true, autoSubmitted: false });
    expect(submitted.questions[0].review).toEqual({ mark: 1, rightChoiceIds: ['right'], acceptedAnswers: [], explanation: 'Персональные данные запрашиваются только в личных сообщениях.' });
  });

  it('shows the score only when the quiz says so', async () => {
    const world = await makeQuizWorld(app.dataSource, { review: 'SCORE_ONLY' as never }, 2);
    const submitted = await takeQuiz(world.quiz.id, world.learner, 1);
    expect(submitted.score).toBe(50);
    expect(submitted.questions.map((question: { review: unknown }) => question.review)).toEqual([null, null]);
  });

  it('accepts a short answer in another Russian word form', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 0);
    await makeQuestion(app.dataSource, world.category, { type: QuestionType.SHORT_ANSWER, choices: [], acceptedAnswers: ['личные сообщения'], text: 'Куда переводить затянувшийся спор?' });
    await app.dataSource.getRepository('Quiz').update(world.quiz.id, { questionCount: 1 });
    const attempt = await start(world.quiz.id, world.learner);
    expect(attempt.questions[0].choices).toEqual([]);
    await app.gql(ANSWER, { attemptId: attempt.id, questionId: attempt.questions[0].id, text: 'В Личных Сообщениях' }, world.learner);
    const submitted = (await app.gql(SUBMIT, { id: attempt.id }, world.learner)).data!.submitQuizAttempt;
    expect(submitted.score).toBe(100);
    expect(submitted.questions[0].review.acceptedAnswers).toEqual(['личные сообщения']);
  });

  it('accepts an answer within the grace after the deadline, refuses one after it and submits the attempt as it stood', async () => {
    const world = await makeQuizWorld(app.dataSource, { timeLimitMinutes: 10 }, 2);
    const attempt = await start(world.quiz.id, world.learner);
    expect(new Date(attempt.deadline).getTime() - new Date(attempt.startedAt).getTime()).toBe(10 * MINUTE);
    const [first, second] = attempt.questions;
    advanceClock(10 * MINUTE + 20_000);
    expect((await app.gql(ANSWER, { attemptId: attempt.id, questionId: first.id, choiceIds: ['right'] }, world.learner)).errors).toBeUndefined();
    advanceClock(15_000);
    const late = errorOf(await app.gql(ANSWER, { attemptId: attempt.id, questionId: second.id, choiceIds: ['right'] }, world.learner), 'CONFLICT');
    expect(late.extensions.reason).toBe('ATTEMPT_TIME_OVER');
    const read = (await app.gql(READ, { id: attempt.id }, world.learner)).data!.myQuizAttempt;
    expect(read).toMatchObject({ status: 'SUBMITTED', autoSubmitted: true, score: 50, submittedAt: attempt.deadline });
    expect(errorOf(await app.gql(ANSWER, { attemptId: attempt.id, questionId: second.id, choiceIds: ['right'] }, world.learner), 'CONFLICT').extensions.reason).toBe('ATTEMPT_FINISHED');
  });

  it('the background work submits an attempt past its deadline without the learner coming back, once, even when two processes run it', async () => {
    const world = await makeQuizWorld(app.dataSource, { timeLimitMinutes: 5 }, 2);
    const attempt = await start(world.quiz.id, world.learner);
    await app.gql(ANSWER, { attemptId: attempt.id, questionId: attempt.questions[0].id, choiceIds: ['right'] }, world.learner);
    advanceClock(5 * MINUTE);
    await autoSubmitDueAttempts(app.dataSource);
    expect(await app.dataSource.getRepository(QuizAttempt).findOneByOrFail({ id: attempt.id })).toMatchObject({ status: 'IN_PROGRESS' });
    advanceClock(MINUTE);
    const counts = await Promise.all([autoSubmitDueAttempts(app.dataSource), autoSubmitDueAttempts(app.dataSource)]);
    const stored = await app.dataSource.getRepository(QuizAttempt).findOneByOrFail({ id: attempt.id });
    expect(stored).toMatchObject({ status: 'SUBMITTED', autoSubmitted: true, score: 50, version: 2 });
    expect(stored.submittedAt!.toISOString()).toBe(attempt.deadline);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
  });

  it('a read submits an overdue attempt lazily when the background work has not come by', async () => {
    const world = await makeQuizWorld(app.dataSource, { timeLimitMinutes: 1 }, 1);
    const attempt = await start(world.quiz.id, world.learner);
    advanceClock(2 * MINUTE);
    const quizzes = (await app.gql('{ myQuizzes { id attemptsUsed attemptInProgressId attempts { status score } } }', {}, world.learner)).data!.myQuizzes;
    expect(quizzes.find((quiz: { id: string }) => quiz.id === world.quiz.id)).toMatchObject({ attemptsUsed: 1, attemptInProgressId: null, attempts: [{ status: 'SUBMITTED', score: 0 }] });
    expect((await app.dataSource.getRepository(QuizAttempt).findOneByOrFail({ id: attempt.id })).autoSubmitted).toBe(true);
  });

  it('counts attempts, makes the learner wait between them, and an override gives one more attempt and extra time', async () => {
    const world = await makeQuizWorld(app.dataSource, { attemptsAllowed: 1, delayBetweenAttemptsMinutes: 30, timeLimitMinutes: 10 }, 1);
    await takeQuiz(world.quiz.id, world.learner, 0);
    expect(errorOf(await app.gql(START, { quizId: world.quiz.id }, world.learner), 'CONFLICT').extensions.reason).toBe('NO_ATTEMPTS_LEFT');
    const set = await app.gql(
      'mutation($input: QuizOverrideInput!) { setQuizOverride(input: $input) { extraAttempts extraMinutes } }',
      { input: { quizId: world.quiz.id, representativeId: world.learnerRecord.id, extraAttempts: 1, extraMinutes: 5 } },
      world.trainer,
    );
    expect(set.data!.setQuizOverride).toEqual({ extraAttempts: 1, extraMinutes: 5 });
    const tooSoon = errorOf(await app.gql(START, { quizId: world.quiz.id }, world.learner), 'CONFLICT');
    expect(tooSoon.extensions).toMatchObject({ reason: 'ATTEMPT_TOO_SOON', availableAt: new Date(Date.parse('2026-12-01T09:00:00Z') + 30 * MINUTE).toISOString() });
    advanceClock(30 * MINUTE);
    const second = await start(world.quiz.id, world.learner);
    expect(second.number).toBe(2);
    expect(new Date(second.deadline).getTime() - new Date(second.startedAt).getTime()).toBe(15 * MINUTE);
    expect(await app.dataSource.getRepository(QuizOverride).countBy({ quizId: world.quiz.id })).toBe(1);
  });

  it('refuses to start a quiz before it opens or after it closes, and caps the deadline at the closing time', async () => {
    const world = await makeQuizWorld(app.dataSource, { opensAt: new Date('2026-12-01T10:00:00Z'), closesAt: new Date('2026-12-01T10:30:00Z'), timeLimitMinutes: 60 }, 1);
    expect(errorOf(await app.gql(START, { quizId: world.quiz.id }, world.learner), 'CONFLICT').extensions.reason).toBe('QUIZ_NOT_OPEN');
    setClock(new Date('2026-12-01T10:10:00Z'));
    expect((await start(world.quiz.id, world.learner)).deadline).toBe('2026-12-01T10:30:00.000Z');
  });

  it('grades by the highest, last, first or average attempt', async () => {
    const expected = { HIGHEST: 100, LAST: 50, FIRST: 0, AVERAGE: 50 };
    for (const [grading, grade] of Object.entries(expected)) {
      const world = await makeQuizWorld(app.dataSource, { grading: grading as never }, 2);
      for (const right of [0, 2, 1]) await takeQuiz(world.quiz.id, world.learner, right);
      const quizzes = (await app.gql('{ myQuizzes { id grade passed attemptsUsed } }', {}, world.learner)).data!.myQuizzes;
      expect([grading, quizzes.find((quiz: { id: string }) => quiz.id === world.quiz.id)]).toEqual([grading, { id: world.quiz.id, grade, passed: grade >= 60, attemptsUsed: 3 }]);
      const results = (await app.gql('query($id: ID!) { quizResults(quizId: $id) { representativeId grade attemptsUsed } }', { id: world.quiz.id }, world.trainer)).data!.quizResults;
      expect(results).toEqual([{ representativeId: world.learnerRecord.id, grade, attemptsUsed: 3 }]);
    }
  });

  it('refuses a quiz that has fewer approved questions than it draws', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 2);
    await makeQuestion(app.dataSource, world.category, { status: 'DRAFT' as never });
    await app.dataSource.getRepository('Quiz').update(world.quiz.id, { questionCount: 3 });
    expect(errorOf(await app.gql(START, { quizId: world.quiz.id }, world.learner), 'CONFLICT').extensions).toMatchObject({ reason: 'NOT_ENOUGH_QUESTIONS', available: 2 });
  });

  it('only representatives take quizzes; another representative cannot read or answer the attempt', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 1);
    expect(errorOf(await app.gql(START, { quizId: world.quiz.id }, world.trainer), 'FORBIDDEN').extensions.reason).toBe('MISSING_ROLE');
    const attempt = await start(world.quiz.id, world.learner);
    const other = await makeRepresentative(app.dataSource, world.client);
    const as = { token: other.token!, client: world.client.slug };
    errorOf(await app.gql(READ, { id: attempt.id }, as), 'NOT_FOUND');
    errorOf(await app.gql(ANSWER, { attemptId: attempt.id, questionId: attempt.questions[0].id, choiceIds: ['right'] }, as), 'NOT_FOUND');
  });

  it('the trainer sees each attempt with the answers given, the right answers and the marks', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 2);
    const submitted = await takeQuiz(world.quiz.id, world.learner, 1);
    const result = await app.gql(
      `query($quizId: ID!) { allQuizAttempts(filter: { quizId: $quizId }) { id score representativeName quizTitle questions { position answer { choiceIds } mark choices { id isCorrect } } }
        _allQuizAttemptsMeta(filter: { quizId: $quizId }) { count } }`,
      { quizId: world.quiz.id },
      world.trainer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._allQuizAttemptsMeta.count).toBe(1);
    const [row] = result.data!.allQuizAttempts;
    expect(row).toMatchObject({ id: submitted.id, score: 50, quizTitle: world.quiz.title });
    expect(row.representativeName).toBeTruthy();
    expect(row.questions.map((question: { mark: number }) => question.mark)).toEqual([1, 0]);
  });

  it('results cost the same number of SQL statements for one attempt as for six (no query per row)', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 2);
    const RESULTS = `query($quizId: ID!) { allQuizAttempts(filter: { quizId: $quizId }) { id quizTitle representativeName questions { mark choices { isCorrect } } } }`;
    await takeQuiz(world.quiz.id, world.learner, 1);
    const one = await app.gql(RESULTS, { quizId: world.quiz.id }, world.trainer);
    for (let index = 0; index < 5; index += 1) await takeQuiz(world.quiz.id, world.learner, 2);
    const six = await app.gql(RESULTS, { quizId: world.quiz.id }, world.trainer);
    expect(six.data!.allQuizAttempts).toHaveLength(6);
    expect(six.statements).toBe(one.statements);
  });

  it('two starts at once give one attempt and one draw', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 2);
    const [first, second] = await Promise.all([app.gql(START, { quizId: world.quiz.id }, world.learner), app.gql(START, { quizId: world.quiz.id }, world.learner)]);
    expect([first.errors, second.errors]).toEqual([undefined, undefined]);
    expect(first.data!.startQuizAttempt.id).toBe(second.data!.startQuizAttempt.id);
    expect(await app.dataSource.getRepository(QuizAttempt).countBy({ quizId: world.quiz.id })).toBe(1);
    expect(await app.dataSource.getRepository(AttemptQuestion).countBy({ attemptId: first.data!.startQuizAttempt.id })).toBe(2);
  });

  it('an override set to zeros is removed; responsible people see no quizzes or results', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 1);
    const SET = 'mutation($input: QuizOverrideInput!) { setQuizOverride(input: $input) { extraAttempts } }';
    const input = { quizId: world.quiz.id, representativeId: world.learnerRecord.id };
    await app.gql(SET, { input: { ...input, extraAttempts: 2 } }, world.trainer);
    const listed = await app.gql('query($id: ID!) { quizOverrides(quizId: $id) { representativeId extraAttempts extraMinutes } }', { id: world.quiz.id }, world.pr);
    expect(listed.data!.quizOverrides).toEqual([{ representativeId: world.learnerRecord.id, extraAttempts: 2, extraMinutes: 0 }]);
    expect((await app.gql(SET, { input: { ...input, extraAttempts: 0 } }, world.trainer)).data!.setQuizOverride).toBeNull();
    expect(await app.dataSource.getRepository(QuizOverride).countBy({ quizId: world.quiz.id })).toBe(0);
    errorOf(await app.gql(SET, { input: { ...input, extraAttempts: 1 } }, world.pr), 'FORBIDDEN');
    for (const query of ['{ allQuizzes { id } }', `{ quizResults(quizId: "${world.quiz.id}") { grade } }`, '{ allCertificates { id } }']) {
      errorOf(await app.gql(query, {}, world.responsible), 'FORBIDDEN');
    }
  });
});
