const labelled = (values: string[], prefix: string) => values.map((id) => ({ id, name: `certification.${prefix}.${id}` }));

export const QUESTION_TYPES = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'PICK_THE_REPLY', 'FIND_THE_FAULT'];
export const questionTypeChoices = labelled(QUESTION_TYPES, 'types');
export const questionStatusChoices = labelled(['DRAFT', 'APPROVED'], 'statuses');
export const gradingChoices = labelled(['HIGHEST', 'LAST', 'FIRST', 'AVERAGE'], 'grading');
export const reviewChoices = labelled(['SCORE_ONLY', 'RIGHT_ANSWERS', 'EXPLANATIONS'], 'review');
export const attemptStatusChoices = labelled(['IN_PROGRESS', 'SUBMITTED'], 'attemptStatuses');
export const certificateStatusChoices = labelled(['CERTIFIED', 'EXPIRING', 'NEEDS_REFRESH', 'LAPSED', 'NONE'], 'certificateStatuses');
export const briefSectionChoices = ['postingRules', 'topics', 'contentRules', 'responseDeadlines', 'standardSituations', 'responsiblePeople', 'kpiTargets'].map((id) => ({ id, name: id }));
