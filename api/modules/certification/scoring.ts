import { stemRussian } from '../../common/russian-stemmer';
import type { GivenAnswer, QuestionSnapshot } from './attempt-question.entity';
import { QuestionType, QuizGrading } from './certification-enums';

/** Prepositions and conjunctions that change nothing in a short answer ("в личных сообщениях" = "личные сообщения"). */
const FUNCTION_WORDS = new Set(['в', 'во', 'на', 'по', 'к', 'ко', 'с', 'со', 'у', 'о', 'об', 'обо', 'и', 'а', 'из', 'за', 'от', 'до', 'для', 'при']);

/** Words of an answer reduced to their stems, so "увольнения" matches "увольнение" and "Увольнений". */
export function stemmedWords(text: string): string[] {
  const words = text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => !FUNCTION_WORDS.has(word)).map(stemRussian);
}

/** A typed answer is right when its words, stemmed, are those of one accepted answer, in order. */
export function shortAnswerMatches(given: string, accepted: string[]): boolean {
  const words = stemmedWords(given).join(' ');
  return words.length > 0 && accepted.some((answer) => stemmedWords(answer).join(' ') === words);
}

/**
 * The fraction of a question earned (0–1). Choice questions with one right choice give all or
 * nothing; MULTIPLE_CHOICE gives each right pick 1/(right choices) and takes as much back for each
 * wrong pick, never below 0 (so ticking everything earns nothing).
 */
export function markOf(question: QuestionSnapshot, answer: GivenAnswer | null): number {
  if (!answer) return 0;
  if (question.type === QuestionType.SHORT_ANSWER) return shortAnswerMatches(answer.text ?? '', question.acceptedAnswers) ? 1 : 0;
  const picked = new Set(answer.choiceIds ?? []);
  const right = question.choices.filter((choice) => choice.isCorrect);
  if (question.type !== QuestionType.MULTIPLE_CHOICE) {
    return picked.size === 1 && right.some((choice) => picked.has(choice.id)) ? 1 : 0;
  }
  if (right.length === 0) return 0;
  const rightPicked = right.filter((choice) => picked.has(choice.id)).length;
  const wrongPicked = question.choices.filter((choice) => !choice.isCorrect && picked.has(choice.id)).length;
  return Math.max(0, (rightPicked - wrongPicked) / right.length);
}

/** The attempt's score in percent, rounded to hundredths. */
export function scoreOf(marks: number[]): number {
  if (marks.length === 0) return 0;
  return Math.round((marks.reduce((sum, mark) => sum + mark, 0) / marks.length) * 10_000) / 100;
}

export interface GradedAttempt {
  number: number;
  score: number;
}

/** The person's grade from their submitted attempts, by the quiz's grading method; null before any. */
export function gradeOf(method: QuizGrading, attempts: GradedAttempt[]): number | null {
  if (attempts.length === 0) return null;
  const byNumber = [...attempts].sort((a, b) => a.number - b.number);
  switch (method) {
    case QuizGrading.HIGHEST:
      return Math.max(...byNumber.map((attempt) => attempt.score));
    case QuizGrading.FIRST:
      return byNumber[0].score;
    case QuizGrading.LAST:
      return byNumber[byNumber.length - 1].score;
    case QuizGrading.AVERAGE:
      return Math.round((byNumber.reduce((sum, attempt) => sum + attempt.score, 0) / byNumber.length) * 100) / 100;
    default: {
      const unknown: never = method;
      return unknown;
    }
  }
}
