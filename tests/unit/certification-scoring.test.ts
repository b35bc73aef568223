import { QuestionType, QuizGrading } from '../../api/modules/certification/certification-enums';
import { gradeOf, markOf, scoreOf, shortAnswerMatches } from '../../api/modules/certification/scoring';

const choices = [
  { id: 'a', text: 'А', isCorrect: true },
  { id: 'b', text: 'Б', isCorrect: true },
  { id: 'c', text: 'В', isCorrect: false },
  { id: 'd', text: 'Г', isCorrect: false },
];
const question = (type: QuestionType, acceptedAnswers: string[] = []) => ({ type, text: '?', material: null, explanation: null, choices, acceptedAnswers });

describe('scoring', () => {
  it('a short answer counts in any Russian word form, case and prepositions aside, but not another answer', () => {
    expect(shortAnswerMatches('В личных сообщениях', ['личные сообщения'])).toBe(true);
    expect(shortAnswerMatches('юридическим лицом', ['юридическое лицо'])).toBe(true);
    expect(shortAnswerMatches('физическое лицо', ['юридическое лицо'])).toBe(false);
    expect(shortAnswerMatches('', ['юридическое лицо'])).toBe(false);
  });

  it('multiple choice: each right pick earns its share, each wrong pick takes one back, never below zero', () => {
    const multiple = question(QuestionType.MULTIPLE_CHOICE);
    expect(markOf(multiple, { choiceIds: ['a', 'b'] })).toBe(1);
    expect(markOf(multiple, { choiceIds: ['a'] })).toBe(0.5);
    expect(markOf(multiple, { choiceIds: ['a', 'c'] })).toBe(0);
    expect(markOf(multiple, { choiceIds: ['a', 'b', 'c', 'd'] })).toBe(0);
    expect(markOf(multiple, null)).toBe(0);
  });

  it('one-right-answer types give all or nothing', () => {
    const single = { ...question(QuestionType.SINGLE_CHOICE), choices: choices.map((choice) => ({ ...choice, isCorrect: choice.id === 'a' })) };
    expect(markOf(single, { choiceIds: ['a'] })).toBe(1);
    expect(markOf(single, { choiceIds: ['b'] })).toBe(0);
    expect(markOf(single, { choiceIds: ['a', 'b'] })).toBe(0);
  });

  it('scores in percent to hundredths and grades by each method', () => {
    expect(scoreOf([1, 0.5, 0])).toBe(50);
    expect(scoreOf([1, 1, 0])).toBe(66.67);
    const attempts = [{ number: 2, score: 90 }, { number: 1, score: 40 }, { number: 3, score: 65 }];
    expect(gradeOf(QuizGrading.HIGHEST, attempts)).toBe(90);
    expect(gradeOf(QuizGrading.FIRST, attempts)).toBe(40);
    expect(gradeOf(QuizGrading.LAST, attempts)).toBe(65);
    expect(gradeOf(QuizGrading.AVERAGE, attempts)).toBe(65);
    expect(gradeOf(QuizGrading.AVERAGE, [])).toBeNull();
  });
});
