import { categories } from '../common/choices';

export { kpiMetricChoices, kpiPeriodChoices, platformKindChoices } from '../platforms/choices';

const choices = (prefix: string, values: string[]) => values.map((value) => ({ id: value, name: `${prefix}.${value}` }));

export const statusChoices = choices('briefs.statuses', ['DRAFT', 'IN_REVIEW', 'APPROVED', 'ARCHIVED']);
export const postKindChoices = choices('briefs.postKinds', ['ANSWER', 'NEWS', 'PROMOTION']);
export const policyChoices = choices('briefs.policies', ['ALLOWED', 'FORBIDDEN', 'NO_COMMENT']);
export const contentRuleKindChoices = choices('briefs.contentRuleKinds', ['BRAND_SPELLING', 'PREFERRED_TERM', 'FORBIDDEN_PHRASE', 'STYLE']);
// The brief's own, lower-case labels: its document names a category inside a sentence.
export const categoryChoices = choices('briefs.categories', [...categories]);
