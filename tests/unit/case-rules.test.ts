import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { caseDeadline, pickResponseDeadline } from '../../api/modules/cases/case-deadline';
import { allowedMovesSentence, canMove, CASE_TRANSITIONS, CaseStatus } from '../../api/modules/cases/case-status';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { firstSentence, situationKeyFrom, thesesFrom } from '../../api/modules/escalations/situation-key';

describe('the case transition table', () => {
  it('is written out in full', () => {
    expect(CASE_TRANSITIONS).toEqual({
      NEW: ['IN_PROGRESS', 'ANSWERED', 'CLOSED'],
      IN_PROGRESS: ['ANSWERED', 'CLOSED'],
      ANSWERED: ['IN_PROGRESS', 'MOVED_TO_PRIVATE', 'RESOLVED', 'CLOSED'],
      MOVED_TO_PRIVATE: ['RESOLVED', 'CLOSED'],
      RESOLVED: [],
      CLOSED: [],
    });
  });

  it('moves to private only after a public answer, and never out of a final state', () => {
    expect(canMove(CaseStatus.IN_PROGRESS, CaseStatus.MOVED_TO_PRIVATE)).toBe(false);
    expect(canMove(CaseStatus.ANSWERED, CaseStatus.MOVED_TO_PRIVATE)).toBe(true);
    expect(canMove(CaseStatus.CLOSED, CaseStatus.NEW)).toBe(false);
    expect(allowedMovesSentence(CaseStatus.MOVED_TO_PRIVATE)).toBe('From MOVED_TO_PRIVATE a case can move to RESOLVED or CLOSED.');
  });
});

describe('response deadlines from the brief', () => {
  const rules = [
    { key: 'any', platformKind: null, category: null, hours: 24 },
    { key: 'forum', platformKind: PlatformKind.FORUM, category: null, hours: 12 },
    { key: 'negative', platformKind: null, category: ConsumerCycleCategory.NEGATIVE, hours: 6 },
    { key: 'negative-slow', platformKind: null, category: ConsumerCycleCategory.NEGATIVE, hours: 8 },
    { key: 'forum-negative', platformKind: PlatformKind.FORUM, category: ConsumerCycleCategory.NEGATIVE, hours: 3 },
  ];

  it('prefers the rule naming both the platform kind and the category, then one of them (the shorter), then the general one', () => {
    expect(pickResponseDeadline(rules, PlatformKind.FORUM, ConsumerCycleCategory.NEGATIVE)?.key).toBe('forum-negative');
    expect(pickResponseDeadline(rules, PlatformKind.BLOG, ConsumerCycleCategory.NEGATIVE)?.key).toBe('negative');
    expect(pickResponseDeadline(rules, PlatformKind.FORUM, null)?.key).toBe('forum');
    expect(pickResponseDeadline(rules, PlatformKind.BLOG, ConsumerCycleCategory.SUPPORT)?.key).toBe('any');
    expect(pickResponseDeadline([], PlatformKind.BLOG, null)).toBeNull();
  });

  it('counts the hours from the request', () => {
    expect(caseDeadline(rules, new Date('2026-11-01T10:00:00Z'), PlatformKind.FORUM, ConsumerCycleCategory.NEGATIVE)).toEqual({
      deadlineAt: new Date('2026-11-01T13:00:00Z'),
      deadlineRuleKey: 'forum-negative',
    });
    expect(caseDeadline([], new Date(), PlatformKind.FORUM, null)).toEqual({ deadlineAt: null, deadlineRuleKey: null });
  });
});

describe('archive form helpers', () => {
  it('makes a Latin key from a Russian title, cut between words', () => {
    expect(situationKeyFrom('Гарантия на двигатель: сроки?')).toBe('garantiya-na-dvigatel-sroki');
    expect(situationKeyFrom('Щётки стеклоочистителя — замена по гарантии в Подмосковье и других регионах России', 40)).toBe('shchetki-stekloochistitelya-zamena-po');
    expect(situationKeyFrom('???')).toBe('situation');
  });

  it('takes the first sentence as a title and the sentences of an answer as theses', () => {
    expect(firstSentence('Можно ли вернуть страховку? Клиент оформил вчера.')).toBe('Можно ли вернуть страховку?');
    expect(thesesFrom('Да, можно. В течение 14 дней! Нужен паспорт')).toEqual(['Да, можно.', 'В течение 14 дней!', 'Нужен паспорт']);
  });
});
