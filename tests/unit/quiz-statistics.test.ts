import { median, questionFigures, quizFigures, type AttemptMarks } from '../../api/modules/certification/quiz-statistics';

/** Six attempts at three one-mark questions; the figures below were worked out by hand. */
const GRID = [
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 0],
  [0, 1, 0],
  [1, 0, 1],
  [0, 0, 0],
];
const attemptsOf = (grid: number[][]): AttemptMarks[] =>
  grid.map((row, index) => {
    const scorePercent = (100 * row.reduce((sum, mark) => sum + mark, 0)) / row.length;
    return { attemptId: `a${index}`, scorePercent, passed: scorePercent >= 60, marks: row.map((mark, question) => ({ questionId: `q${question + 1}`, mark, maxMark: 1 })) };
  });

describe("quiz statistics, by Moodle's definitions", () => {
  it('facility is the mean mark as a share of the maximum; discrimination is 100 × the correlation with the rest of the attempt', () => {
    const figures = Object.fromEntries(questionFigures(attemptsOf(GRID)).map((figure) => [figure.questionId, figure]));
    // q1: marks 1,1,1,0,1,0 against the rest 2,1,0,1,1,0: cov sum 2/3, variance sums 4/3 and 17/6 → 200/√34.
    expect(figures.q1.facility).toBeCloseTo(4 / 6, 10);
    expect(figures.q1.discrimination).toBeCloseTo(200 / Math.sqrt(34), 10);
    expect(figures.q1.discrimination).toBeCloseTo(34.2997, 3);
    // q2: marks 1,1,0,1,0,0 against 2,1,1,0,2,0: the products cancel, covariance 0.
    expect(figures.q2.facility).toBe(0.5);
    expect(figures.q2.discrimination).toBeCloseTo(0, 10);
    // q3: marks 1,0,0,0,1,0 against 2,2,1,1,1,0: cov sum 12/18, the same variances as q1.
    expect(figures.q3.facility).toBeCloseTo(1 / 3, 10);
    expect(figures.q3.discrimination).toBeCloseTo(34.2997, 3);
    expect([figures.q1.weak, figures.q2.weak, figures.q3.weak]).toEqual([false, false, true]);
    expect(figures.q1.attempts).toBe(6);
  });

  it('gives no figures under five attempts, and no discrimination when a mark never varies', () => {
    const few = questionFigures(attemptsOf(GRID.slice(0, 4)));
    expect(few.every((figure) => figure.facility === null && figure.discrimination === null && !figure.weak)).toBe(true);
    const everyoneRight = questionFigures(attemptsOf(GRID.map((row) => [1, ...row.slice(1)])));
    expect(everyoneRight.find((figure) => figure.questionId === 'q1')).toMatchObject({ facility: 1, discrimination: null });
  });

  it('a quiz has a mean, a median and a pass rate over its attempts', () => {
    // Scores 100, 66.7, 33.3, 33.3, 66.7, 0; pass mark 60%: three passed.
    const figures = quizFigures(attemptsOf(GRID));
    expect(figures.attempts).toBe(6);
    expect(figures.meanPercent).toBeCloseTo(50, 10);
    expect(figures.medianPercent).toBeCloseTo(50, 10);
    expect(figures.passRate).toBe(0.5);
    expect(quizFigures([])).toEqual({ attempts: 0, meanPercent: null, medianPercent: null, passRate: null });
    expect(median([3, 1, 2])).toBe(2);
  });
});
