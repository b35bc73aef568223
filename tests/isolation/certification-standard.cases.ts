import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { makeBriefInForce, makePlatform, makeSituationWithReply } from '../../seeds/factories';
import { QuestionStatus, QuestionType } from '../../api/modules/certification/certification-enums';
import { QuestionCategory } from '../../api/modules/certification/question-category.entity';
import { QuestionGeneration } from '../../api/modules/certification/question-generation.entity';
import { Question } from '../../api/modules/certification/question.entity';
import { GeneratorKind } from '../../api/modules/certification/question-draft';
import type { DataSource } from 'typeorm';
import type { ClientWorld } from '../helpers/world';
import { Quiz } from '../../api/modules/certification/quiz.entity';
import { randomUUID } from 'node:crypto';
import { AttemptQuestion } from '../../api/modules/certification/attempt-question.entity';
import { QuizAttempt } from '../../api/modules/certification/quiz-attempt.entity';
import { AttemptStatus } from '../../api/modules/certification/certification-enums';
import { makeCertifyingQuiz, makeSourcedQuestion } from '../helpers/certification-standard';
import { defineCases } from './harness';

/** A generated draft question of client B. */
async function generatedDraft(b: ClientWorld, dataSource: DataSource) {
  const category = await dataSource.getRepository(QuestionCategory).save({ clientId: b.client.id, name: 'Банк Б', description: null, parentId: null });
  const question = await dataSource.getRepository(Question).save({
    clientId: b.client.id,
    categoryId: category.id,
    type: QuestionType.TRUE_FALSE,
    status: QuestionStatus.DRAFT,
    text: 'Тайный вопрос Б',
    choices: [
      { id: 'true', text: 'Верно', isCorrect: true },
      { id: 'false', text: 'Неверно', isCorrect: false },
    ],
  });
  await dataSource.getRepository(QuestionGeneration).save({ clientId: b.client.id, questionId: question.id, generator: GeneratorKind.MOVE_TO_PRIVATE, fingerprint: 'b', contentHash: 'b' });
  return { categoryId: category.id, questionId: question.id, version: question.version };
}

const untouched = async ({ questionId }: { questionId: string }, dataSource: DataSource) => {
  expect(await dataSource.getRepository(Question).findOneByOrFail({ id: questionId })).toMatchObject({ text: 'Тайный вопрос Б', status: QuestionStatus.DRAFT });
};

/** Certification from the standard: generation, lapse, requirements, statistics. */
export const certificationStandardCases = defineCases([
  {
    operation: 'questionGenerationPreview',
    title: "a trainer's preview holds only the caller's client's brief and base",
    as: 'trainer',
    arrange: async (b, dataSource, a) => {
      await makeBriefInForce(dataSource, a.client, { topics: [{ key: 'credit', name: 'Кредит', policy: TopicPolicy.ALLOWED, keywords: [], note: null }] });
      await makeBriefInForce(dataSource, b.client, { topics: [{ key: 'secret', name: 'Тайная тема Б', policy: TopicPolicy.FORBIDDEN, keywords: [], note: null }] });
      for (const title of ['Тайная ситуация Б', 'Вторая тайная ситуация Б']) {
        await makeSituationWithReply(dataSource, b.client, { title, category: ConsumerCycleCategory.NEGATIVE, examples: [`${title}: пример`] });
      }
      return {};
    },
    query: '{ questionGenerationPreview { prompt choices { text } } }',
    expect: { answer: (data) => expect(JSON.stringify(data.questionGenerationPreview)).not.toMatch(/Тайн/) },
  },
  {
    operation: 'questionGenerationPreview',
    title: "naming another client's platform is NOT_FOUND",
    as: 'trainer',
    arrange: async (b, dataSource) => ({ platformId: (await makePlatform(dataSource, b.client)).id }),
    query: 'query($platformId: ID!) { questionGenerationPreview(input: { generators: [PICK_THE_REPLY], platformId: $platformId }) { prompt } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'generateQuestions',
    title: "generating into another client's category is NOT_FOUND",
    as: 'trainer',
    arrange: generatedDraft,
    query: 'mutation($categoryId: ID!) { generateQuestions(input: { categoryId: $categoryId, generators: [PICK_THE_REPLY] }) { created } }',
    variables: ({ categoryId }) => ({ categoryId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'questionReviewQueue',
    title: "the review queue holds only the caller's client's generated questions",
    as: 'trainer',
    arrange: generatedDraft,
    query: '{ questionReviewQueue(perPage: 500) { total items { question { id text } } } }',
    expect: { answer: (data, { questionId }) => expect(JSON.stringify(data.questionReviewQueue)).not.toContain(questionId) },
  },
  {
    operation: 'updateGeneratedQuestion',
    title: "editing another client's generated draft is NOT_FOUND and leaves it as it was",
    as: 'trainer',
    arrange: generatedDraft,
    query: 'mutation($id: ID!, $version: Int!) { updateGeneratedQuestion(id: $id, input: { text: "Захвачено", version: $version }) { id } }',
    variables: ({ questionId, version }) => ({ id: questionId, version }),
    expect: { error: 'NOT_FOUND' },
    unchanged: untouched,
  },
  {
    operation: 'approveGeneratedQuestions',
    title: "approving another client's generated draft is NOT_FOUND and leaves it a draft",
    as: 'trainer',
    arrange: generatedDraft,
    query: 'mutation($ids: [ID!]!) { approveGeneratedQuestions(ids: $ids) { id } }',
    variables: ({ questionId }) => ({ ids: [questionId] }),
    expect: { error: 'NOT_FOUND' },
    unchanged: untouched,
  },
  {
    operation: 'updateQuizRefreshGrace',
    title: "setting the grace of another client's quiz is NOT_FOUND and leaves it as it was",
    as: 'trainer',
    arrange: async (b, dataSource) => ({ quizId: (await makeCertifyingQuiz(dataSource, b.client, { refreshGraceDays: 14 })).quiz.id }),
    query: 'mutation($id: ID!) { updateQuizRefreshGrace(id: $id, refreshGraceDays: 300) { id } }',
    variables: ({ quizId }) => ({ id: quizId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ quizId }, dataSource) => expect(await dataSource.getRepository(Quiz).findOneByOrFail({ id: quizId })).toMatchObject({ refreshGraceDays: 14 }),
  },
  {
    operation: 'quizStatistics',
    title: "another client's quiz statistics are NOT_FOUND",
    as: 'trainer',
    arrange: async (b, dataSource) => ({ quizId: (await makeCertifyingQuiz(dataSource, b.client)).quiz.id }),
    query: 'query($quizId: ID!) { quizStatistics(quizId: $quizId) { attempts } }',
    variables: ({ quizId }) => ({ quizId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'certificationWeakSpots',
    title: "weak spots hold only the caller's client's questions",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const { quiz, category } = await makeCertifyingQuiz(dataSource, b.client);
      const question = await makeSourcedQuestion(dataSource, b.client, category.id, { text: 'Тайный вопрос Б' });
      for (let index = 0; index < 5; index += 1) {
        const attempt = await dataSource.getRepository(QuizAttempt).save({ clientId: b.client.id, quizId: quiz.id, representativeId: randomUUID(), number: 1, status: AttemptStatus.SUBMITTED, startedAt: new Date(), score: 0, passed: false });
        await dataSource.getRepository(AttemptQuestion).save({ clientId: b.client.id, attemptId: attempt.id, questionId: question.id, position: 0, snapshot: {} as never, mark: 0 });
      }
      return { questionId: question.id };
    },
    query: '{ certificationWeakSpots { questionId questionText } }',
    expect: { answer: (data, { questionId }) => expect(JSON.stringify(data.certificationWeakSpots)).not.toContain(questionId) },
  },
]);
