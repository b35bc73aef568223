import { randomUUID } from 'node:crypto';
import { ErrorReason } from '../../common/error-reasons';
import { badInput, type FieldProblem } from '../../common/errors';
import { QuestionType } from './certification-enums';
import type { QuestionChoice } from './question.entity';

/** The two choices of every TRUE_FALSE question; their ids are fixed so answers read the same everywhere. */
export function trueFalseChoices(isTrue: boolean): QuestionChoice[] {
  return [
    { id: 'true', text: 'Верно', isCorrect: isTrue },
    { id: 'false', text: 'Неверно', isCorrect: !isTrue },
  ];
}

const ONE_RIGHT = [QuestionType.SINGLE_CHOICE, QuestionType.PICK_THE_REPLY, QuestionType.FIND_THE_FAULT, QuestionType.TRUE_FALSE];
const NEEDS_MATERIAL: Record<string, string> = {
  [QuestionType.PICK_THE_REPLY]: 'the post the learner answers',
  [QuestionType.FIND_THE_FAULT]: 'the draft reply holding the fault',
};

export interface QuestionShape {
  type: QuestionType;
  material: string | null;
  choices: QuestionChoice[];
  acceptedAnswers: string[];
}

/** Gives new choices ids; keeps the ids sent (so answers and statistics keep pointing at them). */
export function withChoiceIds(choices: Partial<QuestionChoice>[]): QuestionChoice[] {
  return choices.map((choice) => ({
    id: choice.id?.trim() || randomUUID().slice(0, 8),
    text: (choice.text ?? '').trim(),
    isCorrect: Boolean(choice.isCorrect),
    faultKind: choice.faultKind ?? null,
    situationId: choice.situationId ?? null,
    replyRevisionId: choice.replyRevisionId ?? null,
  }));
}

/** Refuses (INVALID_QUESTION, naming the field) a question whose choices or answers do not fit its type. */
export function assertQuestionShape(question: QuestionShape): void {
  const problems: FieldProblem[] = [];
  const { type, choices } = question;
  if (type === QuestionType.SHORT_ANSWER) {
    if (question.acceptedAnswers.filter((answer) => answer.trim()).length === 0) problems.push({ field: 'acceptedAnswers', message: 'a short-answer question needs at least one accepted answer' });
    if (choices.length > 0) problems.push({ field: 'choices', message: 'a short-answer question has no choices' });
  } else {
    const right = choices.filter((choice) => choice.isCorrect).length;
    if (choices.length < 2) problems.push({ field: 'choices', message: `a ${type} question needs at least two choices` });
    if (ONE_RIGHT.includes(type) && right !== 1) problems.push({ field: 'choices', message: `a ${type} question needs exactly one right choice (${right} marked)` });
    if (type === QuestionType.MULTIPLE_CHOICE && right < 1) problems.push({ field: 'choices', message: 'a multiple-choice question needs at least one right choice' });
    if (new Set(choices.map((choice) => choice.id)).size !== choices.length) problems.push({ field: 'choices', message: 'two choices share an id' });
    if (choices.some((choice) => !choice.text)) problems.push({ field: 'choices', message: 'a choice has no text' });
  }
  if (NEEDS_MATERIAL[type] && !question.material?.trim()) problems.push({ field: 'material', message: `a ${type} question needs its material: ${NEEDS_MATERIAL[type]}` });
  if (problems.length > 0) throw badInput(problems, ErrorReason.INVALID_QUESTION);
}
