import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import type { ResponseDeadlineItem } from '../briefs/brief-content';
import type { PlatformKind } from '../platforms/platform-kind';

export interface CaseDeadline {
  deadlineAt: Date | null;
  deadlineRuleKey: string | null;
}

const HOUR = 60 * 60 * 1000;

/**
 * The brief's response deadline that applies: among the rules whose platform kind and category fit
 * (null fits anything), the most specific one (naming both beats naming one beats naming neither);
 * between equally specific rules, the shorter. A rule for a category cannot apply while the category
 * is unknown, which is why the deadline is computed again when it becomes known.
 */
export function pickResponseDeadline(
  rules: ResponseDeadlineItem[],
  platformKind: PlatformKind,
  category: ConsumerCycleCategory | null,
): ResponseDeadlineItem | null {
  const fitting = rules.filter(
    (rule) => (rule.platformKind === null || rule.platformKind === platformKind) && (rule.category === null || (category !== null && rule.category === category)),
  );
  const specificity = (rule: ResponseDeadlineItem) => (rule.platformKind ? 1 : 0) + (rule.category ? 1 : 0);
  fitting.sort((left, right) => specificity(right) - specificity(left) || left.hours - right.hours);
  return fitting[0] ?? null;
}

export function caseDeadline(
  rules: ResponseDeadlineItem[],
  requestedAt: Date,
  platformKind: PlatformKind,
  category: ConsumerCycleCategory | null,
): CaseDeadline {
  const rule = pickResponseDeadline(rules, platformKind, category);
  if (!rule) return { deadlineAt: null, deadlineRuleKey: null };
  return { deadlineAt: new Date(requestedAt.getTime() + rule.hours * HOUR), deadlineRuleKey: rule.key };
}
