import { AttemptStatus } from '../../api/modules/certification/certification-enums';
import { AttemptQuestion } from '../../api/modules/certification/attempt-question.entity';
import { QuizAttempt } from '../../api/modules/certification/quiz-attempt.entity';
import type { Question } from '../../api/modules/certification/question.entity';
import type { Quiz } from '../../api/modules/certification/quiz.entity';
import type { Client } from '../../api/modules/clients/client.entity';
import { makeRepresentative } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeCertifyingQuiz, makeSourcedQuestion } from '../helpers/certification-standard';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const STATISTICS = `query($quizId: ID!) { quizStatistics(quizId: $quizId) { quizId attempts meanPercent medianPercent passRate questions { questionId attempts facility discrimination weak question { text } } } }`;
const WEAK_SPOTS = `{ certificationWeakSpots { questionId quizId quizTitle questionText facility attempts sourceBriefSection sourceBriefItemKey sourceSituationId } }`;

/** Six submitted attempts at three questions (marks per row); the expected figures are worked out by hand in tests/unit/quiz-statistics.test.ts. */
const GRID = [
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 0],
  [0, 1, 0],
  [1, 0, 1],
  [0, 0, 0],
];

async function submittedAttempts(client: Client, quiz: Quiz, questions: Question[], grid: number[][]) {
  for (const [index, row] of grid.entries()) {
    const { representative } = await makeRepresentative(app.dataSource, client);
    const score = (100 * row.reduce((sum, mark) => sum + mark, 0)) / row.length;
    const attempt = await app.dataSource.getRepository(QuizAttempt).save({
      clientId: client.id,
      quizId: quiz.id,
      representativeId: representative.id,
      number: 1,
      status: AttemptStatus.SUBMITTED,
      startedAt: new Date(Date.now() - (index + 2) * 60_000),
      submittedAt: new Date(),
      score,
      passed: score >= quiz.passMark,
    });
    for (const [position, mark] of row.entries()) {
      await app.dataSource.getRepository(AttemptQuestion).save({ clientId: client.id, attemptId: attempt.id, questionId: questions[position].id, position, snapshot: {} as never, mark });
    }
  }
}

async function gradedQuiz() {
  const world = await makeClientWorld(app.dataSource);
  const { quiz, category } = await makeCertifyingQuiz(app.dataSource, world.client, { title: 'Знание ТЗ' });
  await app.dataSource.getRepository('quiz').update(quiz.id, { passMark: 60 });
  quiz.passMark = 60;
  const questions = [
    await makeSourcedQuestion(app.dataSource, world.client, category.id, { text: 'Первый', sourceBriefSection: 'topics', sourceBriefItemKey: 'credit' }),
    await makeSourcedQuestion(app.dataSource, world.client, category.id, { text: 'Второй', sourceBriefSection: 'responseDeadlines', sourceBriefItemKey: 'forum-negative' }),
    await makeSourcedQuestion(app.dataSource, world.client, category.id, { text: 'Третий', sourceBriefSection: 'contentRules', sourceBriefItemKey: 'brand' }),
  ];
  return { world, quiz, questions };
}

describe('quiz statistics', () => {
  it('equal the hand-computed figures: facility, discrimination, mean, median, pass rate', async () => {
    const { world, quiz, questions } = await gradedQuiz();
    await submittedAttempts(world.client, quiz, questions, GRID);
    const result = await app.gql(STATISTICS, { quizId: quiz.id }, world.trainer);
    expect(result.errors).toBeUndefined();
    const statistics = result.data!.quizStatistics;
    expect(statistics).toMatchObject({ attempts: 6, passRate: 0.5 });
    expect(statistics.meanPercent).toBeCloseTo(50, 8);
    expect(statistics.medianPercent).toBeCloseTo(50, 8);
    const byText = Object.fromEntries(statistics.questions.map((question: any) => [question.question.text, question]));
    expect(byText['Первый'].facility).toBeCloseTo(4 / 6, 8);
    expect(byText['Первый'].discrimination).toBeCloseTo(200 / Math.sqrt(34), 8);
    expect(byText['Второй']).toMatchObject({ facility: 0.5, weak: false, attempts: 6 });
    expect(byText['Второй'].discrimination).toBeCloseTo(0, 8);
    expect(byText['Третий'].facility).toBeCloseTo(1 / 3, 8);
    expect(byText['Третий'].weak).toBe(true);
    expect(statistics.questions[0].question.text).toBe('Третий');
  });

  it('gives no question figures under five attempts', async () => {
    const { world, quiz, questions } = await gradedQuiz();
    await submittedAttempts(world.client, quiz, questions, GRID.slice(0, 4));
    const statistics = (await app.gql(STATISTICS, { quizId: quiz.id }, world.trainer)).data!.quizStatistics;
    expect(statistics.attempts).toBe(4);
    expect(statistics.questions.every((question: any) => question.facility === null && question.discrimination === null && !question.weak)).toBe(true);
  });

  it('flags the questions most people fail to the PR specialist, with their source item', async () => {
    const { world, quiz, questions } = await gradedQuiz();
    await submittedAttempts(world.client, quiz, questions, GRID);
    const spots = (await app.gql(WEAK_SPOTS, {}, world.pr)).data!.certificationWeakSpots;
    expect(spots).toEqual([
      expect.objectContaining({ questionId: questions[2].id, quizTitle: 'Знание ТЗ', questionText: 'Третий', attempts: 6, sourceBriefSection: 'contentRules', sourceBriefItemKey: 'brand', sourceSituationId: null }),
    ]);
  });

  it('statistics are for trainers; weak spots for trainers and PR specialists', async () => {
    const { world, quiz } = await gradedQuiz();
    for (const caller of [world.representative, world.pr, world.responsible]) expect(errorOf(await app.gql(STATISTICS, { quizId: quiz.id }, caller), 'FORBIDDEN')).toBeDefined();
    for (const caller of [world.representative, world.responsible]) expect(errorOf(await app.gql(WEAK_SPOTS, {}, caller), 'FORBIDDEN')).toBeDefined();
    expect((await app.gql(WEAK_SPOTS, {}, world.trainer)).errors).toBeUndefined();
  });
});
