import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { BriefSection } from '../../api/modules/briefs/brief-content';
import { Certificate } from '../../api/modules/certification/certificate.entity';
import { QuestionStatus, QuestionType } from '../../api/modules/certification/certification-enums';
import { QuestionCategory } from '../../api/modules/certification/question-category.entity';
import { Question } from '../../api/modules/certification/question.entity';
import { Quiz } from '../../api/modules/certification/quiz.entity';
import type { Client } from '../../api/modules/clients/client.entity';

let counter = 0;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}-${(counter += 1)}`;

/** An approved true/false question in a category, with the source given. */
export function makeSourcedQuestion(dataSource: DataSource, client: Client, categoryId: string, source: Partial<Question> = {}): Promise<Question> {
  return dataSource.getRepository(Question).save({
    clientId: client.id,
    categoryId,
    type: QuestionType.TRUE_FALSE,
    status: QuestionStatus.APPROVED,
    text: unique('Вопрос'),
    choices: [
      { id: 'true', text: 'Верно', isCorrect: true },
      { id: 'false', text: 'Неверно', isCorrect: false },
    ],
    ...source,
  });
}

/** A certifying quiz drawing from one category that holds an approved question on each brief section named. */
export async function makeCertifyingQuiz(
  dataSource: DataSource,
  client: Client,
  options: { briefId?: string; sections?: BriefSection[]; refreshGraceDays?: number; title?: string } = {},
): Promise<{ quiz: Quiz; category: QuestionCategory }> {
  const category = await dataSource.getRepository(QuestionCategory).save({ clientId: client.id, name: unique('Категория'), description: null, parentId: null });
  for (const section of options.sections ?? []) {
    await makeSourcedQuestion(dataSource, client, category.id, { sourceBriefId: options.briefId ?? null, sourceBriefSection: section, sourceBriefItemKey: 'any' });
  }
  const quiz = await dataSource.getRepository(Quiz).save({
    clientId: client.id,
    title: options.title ?? unique('Аттестация'),
    questionCount: 1,
    categoryIds: [category.id],
    passMark: 80,
    certifying: true,
    refreshGraceDays: options.refreshGraceDays ?? 14,
  });
  return { quiz, category };
}

/** A certificate of the quiz, issued now unless told otherwise. */
export function makeCertificate(dataSource: DataSource, client: Client, representativeId: string, quizId: string, overrides: Partial<Certificate> = {}): Promise<Certificate> {
  return dataSource.getRepository(Certificate).save({
    clientId: client.id,
    representativeId,
    quizId,
    attemptId: randomUUID(),
    score: 90,
    issuedAt: new Date(),
    validUntil: null,
    verificationCode: randomUUID(),
    ...overrides,
  });
}

export const CERTIFICATIONS = 'certifications { quizId quizTitle status certificateId needsRefreshSince lapsesAt changes }';
