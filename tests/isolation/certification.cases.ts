import type { DataSource } from 'typeorm';
import { AttemptQuestion } from '../../api/modules/certification/attempt-question.entity';
import { Certificate } from '../../api/modules/certification/certificate.entity';
import { AttemptStatus } from '../../api/modules/certification/certification-enums';
import { Question } from '../../api/modules/certification/question.entity';
import { QuestionCategory } from '../../api/modules/certification/question-category.entity';
import { QuizAttempt } from '../../api/modules/certification/quiz-attempt.entity';
import { QuizOverride } from '../../api/modules/certification/quiz-override.entity';
import { Quiz } from '../../api/modules/certification/quiz.entity';
import { makeRepresentative } from '../../seeds/factories';
import { makeQuestion, makeQuestionCategory, makeQuiz } from '../helpers/certification';
import type { ClientWorld } from '../helpers/world';
import { defineCases } from './harness';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/** Client B's bank, quiz, a representative's running attempt and a certificate. */
async function certificationOfB(dataSource: DataSource, b: ClientWorld) {
  const category = await makeQuestionCategory(dataSource, b.client, 'Секретная категория Б');
  const question = await makeQuestion(dataSource, category, { text: 'Секретный вопрос Б' });
  const quiz = await makeQuiz(dataSource, b.client, { categoryIds: [category.id], questionCount: 1, title: 'Секретный тест Б' });
  const { representative } = await makeRepresentative(dataSource, b.client, { userId: b.userIds.representative });
  const attempt = await dataSource.getRepository(QuizAttempt).save({ clientId: b.client.id, quizId: quiz.id, representativeId: representative.id, number: 1, status: AttemptStatus.IN_PROGRESS, startedAt: new Date(), deadline: null });
  const drawn = await dataSource.getRepository(AttemptQuestion).save({
    clientId: b.client.id,
    attemptId: attempt.id,
    questionId: question.id,
    position: 1,
    snapshot: { type: question.type, text: question.text, material: null, explanation: null, choices: question.choices, acceptedAnswers: [] },
    choiceOrder: question.choices.map((choice) => choice.id),
    answer: null,
    answeredAt: null,
    mark: null,
  });
  const certificate = await dataSource.getRepository(Certificate).save({ clientId: b.client.id, representativeId: representative.id, quizId: quiz.id, attemptId: attempt.id, score: 100, issuedAt: new Date(), validUntil: null, verificationCode: `B${Date.now()}${Math.floor(Math.random() * 1e6)}` });
  return { categoryId: category.id, questionId: question.id, quizId: quiz.id, representativeId: representative.id, attemptId: attempt.id, drawnId: drawn.id, certificateId: certificate.id };
}

/** Client A's representative needs a Representative record to reach the learner operations at all. */
async function learnerOfA(dataSource: DataSource, a: ClientWorld) {
  await makeRepresentative(dataSource, a.client, { userId: a.userIds.representative });
}

const unchangedAttempt = async ({ attemptId }: { attemptId: string }, dataSource: DataSource) => {
  expect(await dataSource.getRepository(QuizAttempt).findOneByOrFail({ id: attemptId })).toMatchObject({ status: 'IN_PROGRESS', version: 1 });
  expect((await dataSource.getRepository(AttemptQuestion).findOneByOrFail({ attemptId })).answer).toBeNull();
};

export const certificationCases = defineCases([
  {
    operation: 'allQuestionCategories',
    title: "the bank's categories are the caller's client's only",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { allQuestionCategories(perPage: 500) { id } filtered: allQuestionCategories(filter: { ids: [$id] }) { id } }',
    variables: ({ categoryId }) => ({ id: categoryId }),
    expect: { answer: (data, { categoryId }) => expect([ids(data.allQuestionCategories).includes(categoryId), data.filtered]).toEqual([false, []]) },
  },
  {
    operation: '_allQuestionCategoriesMeta',
    title: "another client's categories are not counted",
    as: 'pr',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { _allQuestionCategoriesMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ categoryId }) => ({ id: categoryId }),
    expect: { answer: (data) => expect(data._allQuestionCategoriesMeta.count).toBe(0) },
  },
  {
    operation: 'QuestionCategory',
    title: "reading another client's category is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { QuestionCategory(id: $id) { id name } }',
    variables: ({ categoryId }) => ({ id: categoryId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createQuestionCategory',
    title: "a category cannot be put inside another client's category",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($parentId: ID!) { createQuestionCategory(input: { name: "Вложенная", parentId: $parentId }) { id } }',
    variables: ({ categoryId }) => ({ parentId: categoryId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ categoryId }, dataSource) => expect(await dataSource.getRepository(QuestionCategory).countBy({ parentId: categoryId })).toBe(0),
  },
  {
    operation: 'updateQuestionCategory',
    title: "renaming another client's category is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($id: ID!) { updateQuestionCategory(id: $id, input: { name: "Захвачено", version: 1 }) { id } }',
    variables: ({ categoryId }) => ({ id: categoryId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ categoryId }, dataSource) => expect((await dataSource.getRepository(QuestionCategory).findOneByOrFail({ id: categoryId })).name).toBe('Секретная категория Б'),
  },
  {
    operation: 'deleteQuestionCategory',
    title: "deleting another client's category is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($id: ID!) { deleteQuestionCategory(id: $id) { id } }',
    variables: ({ categoryId }) => ({ id: categoryId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ categoryId }, dataSource) => expect(await dataSource.getRepository(QuestionCategory).countBy({ id: categoryId })).toBe(1),
  },
  {
    operation: 'allQuestions',
    title: "the bank's questions and their search are the caller's client's only",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { allQuestions(perPage: 500) { id } searched: allQuestions(filter: { q: "Секретный вопрос" }) { id } filtered: allQuestions(filter: { ids: [$id] }) { id } }',
    variables: ({ questionId }) => ({ id: questionId }),
    expect: { answer: (data, { questionId }) => expect([ids(data.allQuestions).includes(questionId), data.searched, data.filtered]).toEqual([false, [], []]) },
  },
  {
    operation: '_allQuestionsMeta',
    title: "another client's questions are not counted",
    as: 'pr',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { _allQuestionsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ questionId }) => ({ id: questionId }),
    expect: { answer: (data) => expect(data._allQuestionsMeta.count).toBe(0) },
  },
  {
    operation: 'Question',
    title: "reading another client's question (and its right answer) is NOT_FOUND",
    as: 'pr',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { Question(id: $id) { id choices { isCorrect } } }',
    variables: ({ questionId }) => ({ id: questionId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createQuestion',
    title: "a question cannot be filed in another client's category",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($categoryId: ID!) { createQuestion(input: { categoryId: $categoryId, type: TRUE_FALSE, text: "Подброшенный", isTrue: true }) { id } }',
    variables: ({ categoryId }) => ({ categoryId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ categoryId }, dataSource) => expect(await dataSource.getRepository(Question).countBy({ categoryId })).toBe(1),
  },
  {
    operation: 'updateQuestion',
    title: "changing another client's question is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($id: ID!) { updateQuestion(id: $id, input: { text: "Захвачено", version: 1 }) { id } }',
    variables: ({ questionId }) => ({ id: questionId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ questionId }, dataSource) => expect((await dataSource.getRepository(Question).findOneByOrFail({ id: questionId })).text).toBe('Секретный вопрос Б'),
  },
  {
    operation: 'approveQuestion',
    title: "approving another client's question is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($id: ID!) { approveQuestion(id: $id, version: 1) { id } }',
    variables: ({ questionId }) => ({ id: questionId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ questionId }, dataSource) => expect((await dataSource.getRepository(Question).findOneByOrFail({ id: questionId })).version).toBe(1),
  },
  {
    operation: 'deleteQuestion',
    title: "deleting another client's question is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($id: ID!) { deleteQuestion(id: $id) { id } }',
    variables: ({ questionId }) => ({ id: questionId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ questionId }, dataSource) => expect(await dataSource.getRepository(Question).countBy({ id: questionId })).toBe(1),
  },
  {
    operation: 'allQuizzes',
    title: "the quiz list holds only the caller's client's quizzes",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { allQuizzes(perPage: 500) { id } filtered: allQuizzes(filter: { ids: [$id] }) { id } }',
    variables: ({ quizId }) => ({ id: quizId }),
    expect: { answer: (data, { quizId }) => expect([ids(data.allQuizzes).includes(quizId), data.filtered]).toEqual([false, []]) },
  },
  {
    operation: '_allQuizzesMeta',
    title: "another client's quizzes are not counted",
    as: 'pr',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { _allQuizzesMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ quizId }) => ({ id: quizId }),
    expect: { answer: (data) => expect(data._allQuizzesMeta.count).toBe(0) },
  },
  {
    operation: 'Quiz',
    title: "reading another client's quiz is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { Quiz(id: $id) { id } }',
    variables: ({ quizId }) => ({ id: quizId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createQuiz',
    title: "a quiz cannot draw from another client's category",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($categoryId: ID!) { createQuiz(input: { title: "Чужой банк", questionCount: 1, passMark: 50, categoryIds: [$categoryId] }) { id } }',
    variables: ({ categoryId }) => ({ categoryId }),
    expect: { error: 'BAD_USER_INPUT' },
  },
  {
    operation: 'updateQuiz',
    title: "changing another client's quiz is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($id: ID!) { updateQuiz(id: $id, input: { title: "Захвачено", version: 1 }) { id } }',
    variables: ({ quizId }) => ({ id: quizId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ quizId }, dataSource) => expect((await dataSource.getRepository(Quiz).findOneByOrFail({ id: quizId })).title).toBe('Секретный тест Б'),
  },
  {
    operation: 'deleteQuiz',
    title: "archiving another client's quiz is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($id: ID!) { deleteQuiz(id: $id) { id } }',
    variables: ({ quizId }) => ({ id: quizId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ quizId }, dataSource) => expect((await dataSource.getRepository(Quiz).findOneByOrFail({ id: quizId })).isArchived).toBe(false),
  },
  {
    operation: 'quizOverrides',
    title: "another client's quiz overrides are NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { quizOverrides(quizId: $id) { id } }',
    variables: ({ quizId }) => ({ id: quizId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'setQuizOverride',
    title: "extra attempts on another client's quiz are NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'mutation($quizId: ID!, $representativeId: ID!) { setQuizOverride(input: { quizId: $quizId, representativeId: $representativeId, extraAttempts: 5 }) { id } }',
    variables: ({ quizId, representativeId }) => ({ quizId, representativeId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ quizId }, dataSource) => expect(await dataSource.getRepository(QuizOverride).countBy({ quizId })).toBe(0),
  },
  {
    operation: 'quizResults',
    title: "another client's quiz results are NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { quizResults(quizId: $id) { representativeId } }',
    variables: ({ quizId }) => ({ id: quizId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'myQuizzes',
    title: "a representative sees only their client's quizzes",
    as: 'representative',
    arrange: async (b, dataSource, a) => (await learnerOfA(dataSource, a), certificationOfB(dataSource, b)),
    query: '{ myQuizzes { id } }',
    expect: { answer: (data, { quizId }) => expect(ids(data.myQuizzes)).not.toContain(quizId) },
  },
  {
    operation: 'startQuizAttempt',
    title: "starting another client's quiz is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource, a) => (await learnerOfA(dataSource, a), certificationOfB(dataSource, b)),
    query: 'mutation($id: ID!) { startQuizAttempt(quizId: $id) { id } }',
    variables: ({ quizId }) => ({ id: quizId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ quizId }, dataSource) => expect(await dataSource.getRepository(QuizAttempt).countBy({ quizId })).toBe(1),
  },
  {
    operation: 'myQuizAttempt',
    title: "reading another client's attempt is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource, a) => (await learnerOfA(dataSource, a), certificationOfB(dataSource, b)),
    query: 'query($id: ID!) { myQuizAttempt(id: $id) { id questions { text } } }',
    variables: ({ attemptId }) => ({ id: attemptId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'answerQuizQuestion',
    title: "answering in another client's attempt is NOT_FOUND and saves nothing",
    as: 'representative',
    arrange: async (b, dataSource, a) => (await learnerOfA(dataSource, a), certificationOfB(dataSource, b)),
    query: 'mutation($attemptId: ID!, $questionId: ID!) { answerQuizQuestion(attemptId: $attemptId, questionId: $questionId, choiceIds: ["right"]) { id } }',
    variables: ({ attemptId, drawnId }) => ({ attemptId, questionId: drawnId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: unchangedAttempt,
  },
  {
    operation: 'submitQuizAttempt',
    title: "submitting another client's attempt is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource, a) => (await learnerOfA(dataSource, a), certificationOfB(dataSource, b)),
    query: 'mutation($id: ID!) { submitQuizAttempt(id: $id) { id } }',
    variables: ({ attemptId }) => ({ id: attemptId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: unchangedAttempt,
  },
  {
    operation: 'allQuizAttempts',
    title: "results hold only the caller's client's attempts",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($quizId: ID!) { allQuizAttempts(perPage: 500) { id } byQuiz: allQuizAttempts(filter: { quizId: $quizId }) { id } }',
    variables: ({ quizId }) => ({ quizId }),
    expect: { answer: (data, { attemptId }) => expect([ids(data.allQuizAttempts).includes(attemptId), data.byQuiz]).toEqual([false, []]) },
  },
  {
    operation: '_allQuizAttemptsMeta',
    title: "another client's attempts are not counted",
    as: 'pr',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($quizId: ID!) { _allQuizAttemptsMeta(filter: { quizId: $quizId }) { count } }',
    variables: ({ quizId }) => ({ quizId }),
    expect: { answer: (data) => expect(data._allQuizAttemptsMeta.count).toBe(0) },
  },
  {
    operation: 'QuizAttempt',
    title: "reading another client's attempt as a trainer is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { QuizAttempt(id: $id) { id questions { choices { isCorrect } } } }',
    variables: ({ attemptId }) => ({ id: attemptId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'allCertificates',
    title: "the certificate list holds only the caller's client's",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { allCertificates(perPage: 500) { id } filtered: allCertificates(filter: { ids: [$id] }) { id } }',
    variables: ({ certificateId }) => ({ id: certificateId }),
    expect: { answer: (data, { certificateId }) => expect([ids(data.allCertificates).includes(certificateId), data.filtered]).toEqual([false, []]) },
  },
  {
    operation: '_allCertificatesMeta',
    title: "another client's certificates are not counted",
    as: 'pr',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { _allCertificatesMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ certificateId }) => ({ id: certificateId }),
    expect: { answer: (data) => expect(data._allCertificatesMeta.count).toBe(0) },
  },
  {
    operation: 'Certificate',
    title: "reading another client's certificate is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { Certificate(id: $id) { id } }',
    variables: ({ certificateId }) => ({ id: certificateId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'myCertificates',
    title: "a representative's certificates are their client's only",
    as: 'representative',
    arrange: async (b, dataSource, a) => (await learnerOfA(dataSource, a), certificationOfB(dataSource, b)),
    query: '{ myCertificates { id } }',
    expect: { answer: (data) => expect(data.myCertificates).toEqual([]) },
  },
  {
    operation: 'certificatePdf',
    title: "downloading another client's certificate is NOT_FOUND",
    as: 'trainer',
    arrange: (b, dataSource) => certificationOfB(dataSource, b),
    query: 'query($id: ID!) { certificatePdf(id: $id) { base64 } }',
    variables: ({ certificateId }) => ({ id: certificateId }),
    expect: { error: 'NOT_FOUND' },
  },
]);
