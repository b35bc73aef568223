import { pick, type ResourceDefinition } from '../resource-definition';

const categoryFields = ['name', 'description', 'parentId'];
export const categoryResource: ResourceDefinition = {
  type: 'QuestionCategory',
  plural: 'QuestionCategories',
  fields: 'id name description parentId createdAt version',
  filterType: 'QuestionCategoryFilter',
  createInputType: 'CreateQuestionCategoryInput',
  updateInputType: 'UpdateQuestionCategoryInput',
  toCreateInput: (data) => pick(data, categoryFields),
  toUpdateInput: (data) => pick(data, categoryFields),
};

const questionFields = ['categoryId', 'type', 'text', 'material', 'explanation', 'tags', 'acceptedAnswers', 'status', 'sourceBriefSection', 'sourceBriefItemKey'];
/** The editor keeps TRUE_FALSE's answer in `isTrue` and sends choices only for choice types. */
function questionInput(data: Record<string, any>) {
  const input: Record<string, unknown> = pick(data, questionFields);
  if (data.type === 'TRUE_FALSE') input.isTrue = data.isTrue ?? data.choices?.find((choice: { id: string }) => choice.id === 'true')?.isCorrect ?? true;
  else if (data.type !== 'SHORT_ANSWER' && data.choices) {
    input.choices = data.choices.map((choice: Record<string, unknown>) => pick({ ...choice, isCorrect: Boolean(choice.isCorrect) }, ['id', 'text', 'isCorrect', 'faultKind', 'situationId', 'replyRevisionId']));
  }
  if (data.type !== 'SHORT_ANSWER') delete input.acceptedAnswers;
  return input;
}
export const questionResource: ResourceDefinition = {
  type: 'Question',
  plural: 'Questions',
  fields: `id categoryId type status text material explanation tags choices { id text isCorrect faultKind situationId replyRevisionId } acceptedAnswers
    sourceBriefId sourceBriefSection sourceBriefItemKey sourceSituationId sourceReplyRevisionId createdAt updatedAt version`,
  filterType: 'QuestionFilter',
  createInputType: 'CreateQuestionInput',
  updateInputType: 'UpdateQuestionInput',
  toCreateInput: questionInput,
  toUpdateInput: questionInput,
};

const quizFields = [
  'title', 'description', 'questionCount', 'categoryIds', 'tags', 'shuffleQuestions', 'shuffleChoices', 'timeLimitMinutes', 'attemptsAllowed',
  'delayBetweenAttemptsMinutes', 'grading', 'passMark', 'review', 'opensAt', 'closesAt', 'certifying', 'certificateValidityDays',
];
export const quizResource: ResourceDefinition = {
  type: 'Quiz',
  plural: 'Quizzes',
  fields: `id ${quizFields.join(' ')} isArchived createdAt version`,
  filterType: 'QuizFilter',
  createInputType: 'CreateQuizInput',
  updateInputType: 'UpdateQuizInput',
  toCreateInput: (data) => pick(data, quizFields),
  toUpdateInput: (data) => pick(data, [...quizFields, 'isArchived']),
};

export const attemptResource: ResourceDefinition = {
  type: 'QuizAttempt',
  plural: 'QuizAttempts',
  fields: `id quizId quizTitle representativeId representativeName number status startedAt deadline submittedAt autoSubmitted score passed version
    questions { id position type text material choices { id text isCorrect } acceptedAnswers answer { choiceIds text } mark }`,
  filterType: 'AttemptFilter',
};

export const certificateResource: ResourceDefinition = {
  type: 'Certificate',
  plural: 'Certificates',
  fields: 'id quizId quizTitle representativeId representativeName attemptId score issuedAt validUntil status verificationCode version',
  filterType: 'CertificateFilter',
};
