/**
 * Item analysis as Moodle's quiz statistics report defines it (question/classes/statistics/questions/
 * calculator.php), over submitted attempts:
 * - facility index: the average mark on the question as a share of its maximum (Moodle shows it as %);
 * - discrimination index: 100 × the correlation between the mark on the question and the mark on the
 *   rest of the attempt (the attempt's total minus this question), i.e. 100 · cov / √(var · var) with
 *   (n − 1) denominators; undefined when either mark never varies.
 * Figures are given once a question has at least MIN_ATTEMPTS attempts: fewer say nothing.
 */

export const MIN_ATTEMPTS = 5;
/** A question right on average less often than this is one most people fail. */
export const WEAK_FACILITY = 0.5;

export interface QuestionMark {
  questionId: string;
  /** What the learner got, 0..maxMark. */
  mark: number;
  maxMark: number;
}

export interface AttemptMarks {
  attemptId: string;
  /** The attempt's score in percent (0..100), as graded. */
  scorePercent: number;
  passed: boolean;
  marks: QuestionMark[];
}

export interface QuestionFigures {
  questionId: string;
  attempts: number;
  /** 0..1; null under MIN_ATTEMPTS. */
  facility: number | null;
  /** -100..100; null under MIN_ATTEMPTS or when the marks do not vary. */
  discrimination: number | null;
  /** Most people fail it: facility under WEAK_FACILITY (with MIN_ATTEMPTS or more). */
  weak: boolean;
}

export interface QuizFigures {
  attempts: number;
  meanPercent: number | null;
  medianPercent: number | null;
  /** 0..1 */
  passRate: number | null;
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function correlationPercent(marks: number[], others: number[]): number | null {
  const markMean = mean(marks);
  const otherMean = mean(others);
  let covariance = 0;
  let markVariance = 0;
  let otherVariance = 0;
  marks.forEach((mark, index) => {
    const markDifference = mark - markMean;
    const otherDifference = others[index] - otherMean;
    covariance += markDifference * otherDifference;
    markVariance += markDifference ** 2;
    otherVariance += otherDifference ** 2;
  });
  // The (n − 1) denominators cancel out; an epsilon keeps float dust from passing for variance.
  if (markVariance < 1e-12 || otherVariance < 1e-12) return null;
  return (100 * covariance) / Math.sqrt(markVariance * otherVariance);
}

export function questionFigures(attempts: AttemptMarks[]): QuestionFigures[] {
  const byQuestion = new Map<string, { marks: number[]; others: number[]; shares: number[] }>();
  for (const attempt of attempts) {
    const total = attempt.marks.reduce((sum, each) => sum + each.mark, 0);
    for (const each of attempt.marks) {
      const entry = byQuestion.get(each.questionId) ?? { marks: [], others: [], shares: [] };
      entry.marks.push(each.mark);
      entry.others.push(total - each.mark);
      entry.shares.push(each.maxMark > 0 ? each.mark / each.maxMark : 0);
      byQuestion.set(each.questionId, entry);
    }
  }
  return [...byQuestion.entries()].map(([questionId, { marks, others, shares }]) => {
    const enough = marks.length >= MIN_ATTEMPTS;
    const facility = enough ? mean(shares) : null;
    return {
      questionId,
      attempts: marks.length,
      facility,
      discrimination: enough ? correlationPercent(marks, others) : null,
      weak: facility !== null && facility < WEAK_FACILITY,
    };
  });
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function quizFigures(attempts: AttemptMarks[]): QuizFigures {
  if (attempts.length === 0) return { attempts: 0, meanPercent: null, medianPercent: null, passRate: null };
  const scores = attempts.map((attempt) => attempt.scorePercent);
  return {
    attempts: attempts.length,
    meanPercent: mean(scores),
    medianPercent: median(scores),
    passRate: attempts.filter((attempt) => attempt.passed).length / attempts.length,
  };
}
