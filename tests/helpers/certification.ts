import type { DataSource } from 'typeorm';
import { QuestionStatus, QuestionType, QuizGrading, QuizReview } from '../../api/modules/certification/certification-enums';
import { Question, type QuestionChoice } from '../../api/modules/certification/question.entity';
import { QuestionCategory } from '../../api/modules/certification/question-category.entity';
import { Quiz } from '../../api/modules/certification/quiz.entity';
import type { Client } from '../../api/modules/clients/client.entity';
import type { Representative } from '../../api/modules/representatives/representative.entity';
import { makeRepresentative, unique } from '../../seeds/factories';
import type { As } from './app';
import { makeClientWorld, type ClientWorld } from './world';

export async function makeQuestionCategory(dataSource: DataSource, client: Client, name = unique('Категория')): Promise<QuestionCategory> {
  return dataSource.getRepository(QuestionCategory).save({ clientId: client.id, name, description: null, parentId: null });
}

/** An APPROVED single-choice question whose right choice has id "right" (unless said otherwise). */
export async function makeQuestion(dataSource: DataSource, category: QuestionCategory, overrides: Partial<Question> = {}): Promise<Question> {
  const choices: QuestionChoice[] = [
    { id: 'right', text: 'Через личные сообщения', isCorrect: true },
    { id: 'wrong-1', text: 'В открытой ветке', isCorrect: false },
    { id: 'wrong-2', text: 'Никак', isCorrect: false },
  ];
  return dataSource.getRepository(Question).save({
    clientId: category.clientId,
    categoryId: category.id,
    type: QuestionType.SINGLE_CHOICE,
    status: QuestionStatus.APPROVED,
    text: unique('Где запрашивать персональные данные?'),
    material: null,
    explanation: 'Персональные данные запрашиваются только в личных сообщениях.',
    tags: [],
    choices,
    acceptedAnswers: [],
    sourceBriefId: null,
    sourceBriefSection: null,
    sourceBriefItemKey: null,
    sourceSituationId: null,
    sourceReplyRevisionId: null,
    ...overrides,
  });
}

export async function makeQuiz(dataSource: DataSource, client: Client, overrides: Partial<Quiz> = {}): Promise<Quiz> {
  return dataSource.getRepository(Quiz).save({
    clientId: client.id,
    title: unique('Аттестация'),
    description: null,
    questionCount: 3,
    categoryIds: [],
    tags: [],
    shuffleQuestions: true,
    shuffleChoices: true,
    timeLimitMinutes: null,
    attemptsAllowed: null,
    delayBetweenAttemptsMinutes: 0,
    grading: QuizGrading.HIGHEST,
    passMark: 60,
    review: QuizReview.EXPLANATIONS,
    opensAt: null,
    closesAt: null,
    certifying: false,
    certificateValidityDays: null,
    isArchived: false,
    ...overrides,
  });
}

export interface QuizWorld extends ClientWorld {
  /** The world's representative user, with their Representative record. */
  learner: As;
  learnerRecord: Representative;
  category: QuestionCategory;
  questions: Question[];
  quiz: Quiz;
}

/** A client with a representative, a category of `questionCount` approved questions and a quiz drawing them all. */
export async function makeQuizWorld(dataSource: DataSource, quiz: Partial<Quiz> = {}, questionCount = 3): Promise<QuizWorld> {
  const world = await makeClientWorld(dataSource);
  const { representative } = await makeRepresentative(dataSource, world.client, { userId: world.userIds.representative });
  const category = await makeQuestionCategory(dataSource, world.client);
  const questions: Question[] = [];
  for (let index = 0; index < questionCount; index += 1) questions.push(await makeQuestion(dataSource, category));
  const made = await makeQuiz(dataSource, world.client, { categoryIds: [category.id], questionCount, ...quiz });
  return { ...world, learner: world.representative, learnerRecord: representative, category, questions, quiz: made };
}

export const ATTEMPT_FIELDS = `id number status startedAt deadline serverTime submittedAt autoSubmitted score passed passMark reviewLevel
  questions { id position type text material choices { id text } answer { choiceIds text } review { mark rightChoiceIds acceptedAnswers explanation } }`;
export const START = `mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { ${ATTEMPT_FIELDS} } }`;
export const READ = `query($id: ID!) { myQuizAttempt(id: $id) { ${ATTEMPT_FIELDS} } }`;
export const ANSWER = `mutation($attemptId: ID!, $questionId: ID!, $choiceIds: [String!], $text: String) {
  answerQuizQuestion(attemptId: $attemptId, questionId: $questionId, choiceIds: $choiceIds, text: $text) { ${ATTEMPT_FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!) { submitQuizAttempt(id: $id) { ${ATTEMPT_FIELDS} } }`;
