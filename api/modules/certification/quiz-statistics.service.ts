import { In } from 'typeorm';
import type { TenantScope } from '../../auth/tenant-scope';
import type { RequestContext } from '../../context';
import { questionFigures, quizFigures, type AttemptMarks } from './quiz-statistics';
import type { CertificationWeakSpot, QuizStatistics } from './quiz-statistics.types';
import { Question } from './question.entity';
import { Quiz } from './quiz.entity';

interface MarkRow {
  quiz_id: string;
  attempt_id: string;
  score: number;
  passed: boolean;
  question_id: string;
  mark: number | null;
}

/**
 * The marks of submitted attempts (one statement): every drawn question counts, an unanswered one as
 * 0, as Moodle counts it. Each question is worth 1 (attempt_question.mark is the share earned).
 */
async function attemptMarks(tenant: TenantScope, quizId: string | null): Promise<Map<string, AttemptMarks[]>> {
  const rows = await tenant.sql<MarkRow>(
    `SELECT attempt.quiz_id, attempt.id AS attempt_id, attempt.score, attempt.passed, drawn.question_id, drawn.mark
     FROM quiz_attempt attempt JOIN attempt_question drawn ON drawn.attempt_id = attempt.id AND drawn.client_id = $client
     WHERE attempt.client_id = $client AND attempt.status = 'SUBMITTED' AND ($2::uuid IS NULL OR attempt.quiz_id = $2)
     ORDER BY attempt.quiz_id, attempt.id, drawn.position`,
    [quizId],
  );
  const byQuiz = new Map<string, Map<string, AttemptMarks>>();
  for (const row of rows) {
    const attempts = byQuiz.get(row.quiz_id) ?? new Map<string, AttemptMarks>();
    byQuiz.set(row.quiz_id, attempts);
    const attempt = attempts.get(row.attempt_id) ?? { attemptId: row.attempt_id, scorePercent: Number(row.score ?? 0), passed: Boolean(row.passed), marks: [] };
    attempts.set(row.attempt_id, attempt);
    attempt.marks.push({ questionId: row.question_id, mark: Number(row.mark ?? 0), maxMark: 1 });
  }
  return new Map([...byQuiz].map(([id, attempts]) => [id, [...attempts.values()]]));
}

const weakestFirst = (left: { facility: number | null }, right: { facility: number | null }) => (left.facility ?? 2) - (right.facility ?? 2);

function statisticsOf(quizId: string, attempts: AttemptMarks[]): QuizStatistics {
  return {
    quizId,
    ...quizFigures(attempts),
    questions: questionFigures(attempts)
      .map((figures) => ({ ...figures, quizId }))
      .sort(weakestFirst),
  };
}

export async function quizStatistics(context: RequestContext, quizId: string): Promise<QuizStatistics> {
  await context.tenant.get(Quiz, quizId);
  const marks = await attemptMarks(context.tenant, quizId);
  return statisticsOf(quizId, marks.get(quizId) ?? []);
}

/** Questions most people fail in any quiz of the client, with their source items: for trainers and PR specialists. */
export async function certificationWeakSpots(context: RequestContext): Promise<CertificationWeakSpot[]> {
  const marks = await attemptMarks(context.tenant, null);
  const weak = [...marks].flatMap(([quizId, attempts]) => statisticsOf(quizId, attempts).questions.filter((question) => question.weak));
  if (weak.length === 0) return [];
  const questions = await context.tenant.find(Question, { where: { id: In([...new Set(weak.map((each) => each.questionId))]) } });
  const quizzes = await context.tenant.find(Quiz, { where: { id: In([...new Set(weak.map((each) => each.quizId))]) } });
  return weak.sort(weakestFirst).map((figures) => {
    const question = questions.find((each) => each.id === figures.questionId);
    return {
      ...figures,
      quizTitle: quizzes.find((quiz) => quiz.id === figures.quizId)?.title ?? '',
      questionText: question?.text ?? '',
      sourceBriefSection: question?.sourceBriefSection ?? null,
      sourceBriefItemKey: question?.sourceBriefItemKey ?? null,
      sourceSituationId: question?.sourceSituationId ?? null,
    };
  });
}
