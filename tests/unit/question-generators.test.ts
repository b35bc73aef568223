import { checkReplyText } from '../../api/modules/argument-base/reply-check';
import { ReplyCheckRule } from '../../api/modules/argument-base/reply-check.types';
import { findTheFaultQuestions, pickTheReplyQuestions } from '../../api/modules/certification/base-questions';
import { briefQuestions } from '../../api/modules/certification/brief-questions';
import { GeneratorKind, type QuestionDraft } from '../../api/modules/certification/question-draft';
import { FIXTURE_BASE, FIXTURE_BRIEF, FIXTURE_PLATFORM } from '../helpers/standard-fixture';

const platforms = new Map([[FIXTURE_PLATFORM.id, FIXTURE_PLATFORM.name]]);
const brand = 'Автолидер';
const all = (): QuestionDraft[] => [
  ...briefQuestions(FIXTURE_BRIEF, platforms),
  ...pickTheReplyQuestions(FIXTURE_BASE, brand),
  ...findTheFaultQuestions(FIXTURE_BRIEF, FIXTURE_BASE, brand, FIXTURE_PLATFORM),
];
const right = (draft: QuestionDraft) => {
  const correct = draft.choices.filter((choice) => choice.correct);
  expect([draft.fingerprint, correct.length]).toEqual([draft.fingerprint, 1]);
  return correct[0];
};
const briefItem = (draft: QuestionDraft) => {
  if (draft.source.kind !== 'BRIEF_ITEM') throw new Error(`${draft.fingerprint} has no brief source`);
  expect(draft.source.briefVersionId).toBe(FIXTURE_BRIEF.versionId);
  const items = FIXTURE_BRIEF.content[draft.source.section] as { key: string }[];
  const item = items.find((each) => each.key === (draft.source as { itemKey: string }).itemKey);
  expect(item).toBeDefined();
  return item as any;
};

/** What the source item says the answer is, worked out here independently of the generators. */
function expectedAnswer(draft: QuestionDraft): string {
  switch (draft.generator) {
    case GeneratorKind.TOPIC_POLICY:
      return briefItem(draft).policy;
    case GeneratorKind.RESPONSE_DEADLINE:
      return String(briefItem(draft).hours);
    case GeneratorKind.RESPONSIBLE_PERSON:
      return briefItem(draft).key;
    case GeneratorKind.BRAND_SPELLING:
      return briefItem(draft).text;
    case GeneratorKind.POSTING_LIMIT:
      return String(draft.fingerprint.endsWith(':day') ? briefItem(draft).maxPostsPerDay : briefItem(draft).maxPostsPerWeek);
    case GeneratorKind.MOVE_TO_PRIVATE:
      return String(briefItem(draft).moveToPrivate);
    case GeneratorKind.PICK_THE_REPLY: {
      if (draft.source.kind !== 'REPLY_REVISION') throw new Error('pick the reply needs a reply source');
      const situation = FIXTURE_BASE.find((each) => each.id === (draft.source as { situationId: string }).situationId)!;
      expect(situation.examples).toContain(draft.material);
      expect(draft.source.revisionId).toBe(situation.approvedReply!.revisionId);
      expect(draft.source.revision).toBe(situation.approvedReply!.revision);
      return situation.approvedReply!.id;
    }
    case GeneratorKind.FIND_THE_FAULT: {
      const violations = checkReplyText(draft.material!, FIXTURE_BRIEF.content, FIXTURE_PLATFORM);
      const rules = [...new Set(violations.map((violation) => violation.rule))];
      expect(rules).toHaveLength(1);
      if (draft.source.kind === 'BRIEF_ITEM') expect(violations.every((violation) => violation.ruleKey === briefItem(draft).key)).toBe(true);
      return rules[0];
    }
    default:
      throw new Error(`no expectation for ${draft.generator}`);
  }
}

describe('questions generated from the standard', () => {
  it("every generated question's right answer equals its source, on the fixture brief and base", () => {
    const drafts = all();
    for (const draft of drafts) expect([draft.fingerprint, right(draft).key]).toEqual([draft.fingerprint, expectedAnswer(draft)]);
    expect(new Set(drafts.map((draft) => draft.generator))).toEqual(new Set(Object.values(GeneratorKind)));
    expect(new Set(drafts.map((draft) => draft.fingerprint)).size).toBe(drafts.length);
  });

  it('asks about every topic, deadline, limit and standard situation of the brief', () => {
    const count = (generator: GeneratorKind) => briefQuestions(FIXTURE_BRIEF, platforms, [generator]).length;
    expect(count(GeneratorKind.TOPIC_POLICY)).toBe(4);
    expect(count(GeneratorKind.RESPONSE_DEADLINE)).toBe(2);
    expect(count(GeneratorKind.POSTING_LIMIT)).toBe(3);
    expect(count(GeneratorKind.MOVE_TO_PRIVATE)).toBe(2);
    expect(count(GeneratorKind.BRAND_SPELLING)).toBe(1);
  });

  it('never offers another right person as a distractor', () => {
    const credit = briefQuestions(FIXTURE_BRIEF, platforms, [GeneratorKind.RESPONSIBLE_PERSON]).filter((draft) => draft.prompt.includes('«Кредит»'));
    expect(credit).toHaveLength(2);
    for (const draft of credit) {
      const keys = draft.choices.map((choice) => choice.key);
      expect(keys.filter((key) => key === 'lawyer' || key === 'finance')).toHaveLength(1);
      expect(keys).toContain('service');
    }
  });

  it('names the platform of a per-platform limit and offers distinct numbers', () => {
    const drive2 = briefQuestions(FIXTURE_BRIEF, platforms, [GeneratorKind.POSTING_LIMIT]).find((draft) => draft.prompt.includes('Drive2'))!;
    expect(right(drive2).text).toBe('5');
    expect(new Set(drive2.choices.map((choice) => choice.text)).size).toBe(drive2.choices.length);
  });

  it('picks the reply among approved replies of the same category only', () => {
    const drafts = pickTheReplyQuestions(FIXTURE_BASE, brand);
    // Two phrasings of the parts delay, one of the rude manager; the credit situation has no rival in its category.
    expect(drafts.map((draft) => (draft.source as { situationId: string }).situationId).sort()).toEqual(['situation-parts', 'situation-parts', 'situation-rude']);
    expect(drafts[0].choices.map((choice) => choice.key).sort()).toEqual(['reply-parts', 'reply-rude']);
    expect(drafts[0].choices.every((choice) => !choice.text.includes('{'))).toBe(true);
  });

  it('plants one fault per rule, each one that checkReply reports alone', () => {
    const drafts = findTheFaultQuestions(FIXTURE_BRIEF, FIXTURE_BASE, brand, FIXTURE_PLATFORM);
    expect(drafts.map((draft) => right(draft).key).sort()).toEqual(
      [
        ReplyCheckRule.BRAND_SPELLING,
        ReplyCheckRule.FORBIDDEN_PHRASE,
        ReplyCheckRule.FORBIDDEN_TOPIC,
        ReplyCheckRule.LENGTH_LIMIT,
        ReplyCheckRule.NO_COMMENT_TOPIC,
        ReplyCheckRule.PERSONAL_DATA,
      ].sort(),
    );
    for (const draft of drafts) expect(draft.choices).toHaveLength(4);
  });

  it('makes nothing from an empty brief and base', () => {
    const empty = { ...FIXTURE_BRIEF, content: { postingRules: [], topics: [], contentRules: [], responseDeadlines: [], standardSituations: [], responsiblePeople: [], kpiTargets: [] } };
    expect(briefQuestions(empty, new Map())).toEqual([]);
    expect(findTheFaultQuestions(empty, [], brand, null)).toEqual([]);
    expect(pickTheReplyQuestions([], brand)).toEqual([]);
  });
});
