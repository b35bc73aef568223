/** The operations of the generation wizard, its review queue and the statistics pages. */

export const GENERATORS = ['TOPIC_POLICY', 'RESPONSE_DEADLINE', 'RESPONSIBLE_PERSON', 'BRAND_SPELLING', 'POSTING_LIMIT', 'MOVE_TO_PRIVATE', 'PICK_THE_REPLY', 'FIND_THE_FAULT'] as const;

export interface Choice {
  id: string;
  text: string;
  isCorrect: boolean;
}

export interface SourceFields {
  sourceBriefSection: string | null;
  sourceBriefItemKey: string | null;
  sourceSituationId: string | null;
}

export interface PreviewQuestion {
  generator: string;
  prompt: string;
  material: string | null;
  explanation: string;
  fingerprint: string;
  choices: { key: string; text: string; correct: boolean }[];
  source: { kind: string; section: string | null; itemKey: string | null; situationId: string | null };
}

export interface QueueItem {
  id: string;
  generator: string;
  question: SourceFields & { id: string; version: number; status: string; text: string; material: string | null; explanation: string | null; choices: Choice[] };
}

export const PREVIEW = `query($input: GenerateQuestionsInput) { questionGenerationPreview(input: $input) {
  generator prompt material explanation fingerprint choices { key text correct } source { kind section itemKey situationId }
} }`;

export const GENERATE = 'mutation($input: GenerateQuestionsIntoBankInput!) { generateQuestions(input: $input) { created unchanged } }';

export const QUEUE = `query($page: Int, $perPage: Int) { questionReviewQueue(page: $page, perPage: $perPage, filter: { status: DRAFT }) { total items {
  id generator question { id version status text material explanation sourceBriefSection sourceBriefItemKey sourceSituationId choices { id text isCorrect } }
} } }`;

export const UPDATE = 'mutation($id: ID!, $input: UpdateGeneratedQuestionInput!) { updateGeneratedQuestion(id: $id, input: $input) { id } }';
export const APPROVE = 'mutation($ids: [ID!]!) { approveGeneratedQuestions(ids: $ids) { id } }';

export const CATEGORIES = '{ allQuestionCategories(perPage: 500, sortField: "name") { id name } }';
export const PLATFORMS = '{ allPlatforms(perPage: 500, sortField: "name") { id name replyLengthLimit } }';
export const QUIZZES = '{ allQuizzes(perPage: 500, sortField: "title") { id title } }';

export const STATISTICS = `query($quizId: ID!) { quizStatistics(quizId: $quizId) {
  attempts meanPercent medianPercent passRate
  questions { questionId attempts facility discrimination weak question { text sourceBriefSection sourceBriefItemKey sourceSituationId } }
} }`;

export const WEAK_SPOTS = '{ certificationWeakSpots { questionId quizId quizTitle questionText facility attempts sourceBriefSection sourceBriefItemKey sourceSituationId } }';

/** Where the admin shows a question's source: the brief in force, or the situation of the base. */
export function sourcePath(source: SourceFields): string | null {
  if (source.sourceSituationId) return `/situations/${source.sourceSituationId}/show`;
  if (source.sourceBriefSection) return '/brief';
  return null;
}
