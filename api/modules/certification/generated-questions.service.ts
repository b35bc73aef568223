import { createHash } from 'node:crypto';
import { In } from 'typeorm';
import { bulkIds } from '../../common/bulk-ids';
import { ErrorReason } from '../../common/error-reasons';
import { badInput, conflict } from '../../common/errors';
import type { RequestContext } from '../../context';
import { QuestionStatus, QuestionType } from './certification-enums';
import { QuestionCategory } from './question-category.entity';
import type { QuestionDraft } from './question-draft';
import { QuestionGeneration } from './question-generation.entity';
import type { GeneratedQuestions, GenerateQuestionsIntoBankInput, UpdateGeneratedQuestionInput } from './question-generation.types';
import { generateQuestionDrafts } from './question-generation.service';
import { Question, type QuestionChoice } from './question.entity';
import { assertQuestionShape, withChoiceIds } from './question-rules';

const contentHash = (draft: QuestionDraft) =>
  createHash('sha256')
    .update(JSON.stringify([draft.type, draft.prompt, draft.material, draft.explanation, draft.choices.map((choice) => [choice.key, choice.text, choice.correct])]))
    .digest('hex')
    .slice(0, 32);

function choicesOf(draft: QuestionDraft): QuestionChoice[] {
  return draft.choices.map((choice) => ({
    id: choice.key,
    text: choice.text,
    isCorrect: choice.correct,
    faultKind: draft.type === 'FIND_THE_FAULT' ? choice.key : null,
    situationId: choice.situationId ?? null,
    replyRevisionId: choice.replyRevisionId ?? null,
  }));
}

/**
 * Saves the drafts the generators make into a category of the bank, as DRAFT questions with their
 * source recorded, for a trainer to review, edit and approve. A draft identical to one generated
 * before (same source item, same wording and answers) is not added again; a changed item gives a new
 * draft beside the old question.
 */
export async function generateQuestions(context: RequestContext, input: GenerateQuestionsIntoBankInput): Promise<GeneratedQuestions> {
  const category = await context.tenant.get(QuestionCategory, input.categoryId);
  const drafts = await generateQuestionDrafts(context, input);
  const tags = [...new Set((input.tags ?? []).map((tag) => tag.trim()).filter(Boolean))];
  return context.transaction(async (transaction) => {
    const fingerprints = [...new Set(drafts.map((draft) => draft.fingerprint))];
    const known = fingerprints.length ? await transaction.tenant.find(QuestionGeneration, { where: { fingerprint: In(fingerprints) } }) : [];
    const seen = new Set(known.map((origin) => `${origin.fingerprint}|${origin.contentHash}`));
    const questionIds: string[] = [];
    let unchanged = 0;
    for (const draft of drafts) {
      const hash = contentHash(draft);
      if (seen.has(`${draft.fingerprint}|${hash}`)) {
        unchanged += 1;
        continue;
      }
      seen.add(`${draft.fingerprint}|${hash}`);
      const source = draft.source;
      const question = await transaction.insert(
        Question,
        {
          categoryId: category.id,
          type: draft.type as QuestionType,
          status: QuestionStatus.DRAFT,
          text: draft.prompt,
          material: draft.material,
          explanation: draft.explanation,
          tags,
          choices: choicesOf(draft),
          acceptedAnswers: [],
          sourceBriefId: source.kind === 'BRIEF_ITEM' ? source.briefId : null,
          sourceBriefSection: source.kind === 'BRIEF_ITEM' ? source.section : null,
          sourceBriefItemKey: source.kind === 'BRIEF_ITEM' ? source.itemKey : null,
          sourceSituationId: source.kind === 'REPLY_REVISION' ? source.situationId : null,
          sourceReplyRevisionId: source.kind === 'REPLY_REVISION' ? source.revisionId : null,
        },
        { action: 'GENERATE' },
      );
      await transaction.insert(QuestionGeneration, {
        questionId: question.id,
        generator: draft.generator,
        fingerprint: draft.fingerprint,
        contentHash: hash,
        briefVersionId: source.kind === 'BRIEF_ITEM' ? source.briefVersionId : null,
        replyId: source.kind === 'REPLY_REVISION' ? source.replyId : null,
        replyRevision: source.kind === 'REPLY_REVISION' ? source.revision : null,
        generatedById: context.user.id,
      });
      questionIds.push(question.id);
    }
    return { created: questionIds.length, unchanged, questionIds };
  });
}

/** Approves generated drafts after review: from then on quizzes draw them. All or nothing. */
export async function approveGeneratedQuestions(context: RequestContext, ids: string[]): Promise<Question[]> {
  const selected = bulkIds(ids);
  return context.transaction(async (transaction) => {
    const origins = await transaction.tenant.find(QuestionGeneration, { where: { questionId: In(selected) } });
    const generated = new Set(origins.map((origin) => origin.questionId));
    const approved: Question[] = [];
    for (const id of selected) {
      const question = await transaction.tenant.get(Question, id, 'pessimistic_write');
      if (!generated.has(id)) throw badInput({ field: 'ids', message: `question ${id} was not generated from the standard; approve it in the bank` }, ErrorReason.NOT_GENERATED);
      if (question.status === QuestionStatus.APPROVED) throw conflict(`Question ${id} is already approved.`, { reason: ErrorReason.QUESTION_ALREADY_APPROVED, questionId: id });
      approved.push(await transaction.update(Question, question, { status: QuestionStatus.APPROVED }, { action: 'APPROVE' }));
    }
    return approved;
  });
}

/**
 * A trainer's edit of a generated draft before approving it: wording, material, explanation, tags and
 * choices (ids kept, so the choice a source stands for stays recognisable), by the bank's own shape
 * rules (INVALID_QUESTION). `version` is the one read.
 */
export async function updateGeneratedQuestion(context: RequestContext, id: string, input: UpdateGeneratedQuestionInput): Promise<Question> {
  return context.transaction(async (transaction) => {
    const question = await transaction.tenant.get(Question, id, 'pessimistic_write');
    if (!(await transaction.tenant.findOne(QuestionGeneration, { where: { questionId: id } }))) {
      throw badInput({ field: 'id', message: 'this question was not generated from the standard; edit it in the bank' }, ErrorReason.NOT_GENERATED);
    }
    if (question.status === QuestionStatus.APPROVED) throw conflict('This question is already approved; the review queue edits drafts only.', { reason: ErrorReason.QUESTION_ALREADY_APPROVED });
    const changes: Partial<Question> = {};
    if (input.text !== undefined && input.text !== null) changes.text = input.text.trim();
    if (input.material !== undefined) changes.material = input.material?.trim() || null;
    if (input.explanation !== undefined) changes.explanation = input.explanation?.trim() || null;
    if (input.tags) changes.tags = [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))];
    if (input.choices) {
      const kept = new Map(question.choices.map((choice) => [choice.id, choice]));
      // Kept ids keep what a choice stands for (a fault kind, a situation, a reply revision).
      changes.choices = withChoiceIds(input.choices.map((choice) => ({ ...kept.get(choice.id), id: choice.id, text: choice.text, isCorrect: choice.isCorrect })));
    }
    assertQuestionShape({ ...question, ...changes });
    return transaction.update(Question, question, changes, { expectedVersion: input.version });
  });
}
