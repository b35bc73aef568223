import { ErrorReason } from '../../common/error-reasons';
import type { FieldProblem } from '../../common/errors';
import { BRIEF_SECTIONS, ContentRuleKind, emptyBriefContent, type BriefContent, type BriefSection } from './brief-content';
import { claimKey, isValidKey, slugify } from './brief-keys';

/** Content as editors send it: keys may be missing, optional fields may be left out. */
export type DraftContent = { [S in BriefSection]?: Partial<BriefContent[S][number]>[] };

/** What the rules need to know from the database about the ids a brief names. */
export interface ContentReferences {
  /** The client's platforms named by the content: id → name. */
  platforms: ReadonlyMap<string, string>;
  /** Accounts holding RESPONSIBLE in the client, among those the content names. */
  responsibleUserIds: ReadonlySet<string>;
  /** Certifying quizzes of the client, among those the posting rules require (absent: none named). */
  certifyingQuizIds?: ReadonlySet<string>;
}

/** Every id of the given kind the content names, for loading its references in one query each. */
export function referencedIds(content: DraftContent): { platformIds: string[]; userIds: string[]; quizIds: string[] } {
  const platformIds = [...(content.postingRules ?? []), ...(content.kpiTargets ?? [])].map((item) => item.platformId);
  const userIds = (content.responsiblePeople ?? []).map((person) => person.userId);
  const quizIds = (content.postingRules ?? []).map((rule) => rule.requiredQuizId);
  const present = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
  return { platformIds: present(platformIds), userIds: present(userIds), quizIds: present(quizIds) };
}

const text = (value: string | null | undefined) => value?.trim() ?? '';
const optionalText = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);
const words = (values: string[] | null | undefined) => (values ?? []).map((value) => value.trim()).filter(Boolean);
const kebab = (value: string) => value.toLowerCase().replace(/_/g, '-');

/** Items in the stored shape: every field present, text trimmed, keys left for assignKeys. */
function shape(content: DraftContent): BriefContent {
  return {
    postingRules: (content.postingRules ?? []).map((rule) => ({
      key: text(rule.key),
      platformId: rule.platformId || null,
      platformKind: rule.platformKind ?? null,
      maxPostsPerDay: rule.maxPostsPerDay ?? null,
      maxPostsPerWeek: rule.maxPostsPerWeek ?? null,
      allowedPostKinds: rule.allowedPostKinds ?? [],
      note: optionalText(rule.note),
      requiredQuizId: rule.requiredQuizId || null,
    })),
    topics: (content.topics ?? []).map((topic) => ({
      key: text(topic.key),
      name: text(topic.name),
      policy: topic.policy!,
      keywords: words(topic.keywords),
      note: optionalText(topic.note),
    })),
    contentRules: (content.contentRules ?? []).map((rule) => ({
      key: text(rule.key),
      kind: rule.kind!,
      text: text(rule.text),
      variants: words(rule.variants),
      note: optionalText(rule.note),
    })),
    responseDeadlines: (content.responseDeadlines ?? []).map((deadline) => ({
      key: text(deadline.key),
      platformKind: deadline.platformKind ?? null,
      category: deadline.category ?? null,
      hours: deadline.hours!,
    })),
    standardSituations: (content.standardSituations ?? []).map((situation) => ({
      key: text(situation.key),
      name: text(situation.name),
      triggers: words(situation.triggers),
      behaviour: text(situation.behaviour),
      moveToPrivate: Boolean(situation.moveToPrivate),
    })),
    responsiblePeople: (content.responsiblePeople ?? []).map((person) => ({
      key: text(person.key),
      name: text(person.name),
      position: text(person.position),
      topicKeys: words(person.topicKeys),
      contact: text(person.contact),
      answerWithinHours: person.answerWithinHours!,
      userId: person.userId || null,
    })),
    kpiTargets: (content.kpiTargets ?? []).map((target) => ({
      key: text(target.key),
      metric: target.metric!,
      target: target.target!,
      period: target.period!,
      platformId: target.platformId || null,
      isPriority: Boolean(target.isPriority),
    })),
  };
}

/** What a new item's key is made from when the editor gives none. */
function keyBase(section: BriefSection, item: BriefContent[BriefSection][number], references: ContentReferences): string {
  const platformSlug = (id: string | null) => (id ? slugify(references.platforms.get(id) ?? '') || 'platform' : null);
  switch (section) {
    case 'postingRules': {
      const rule = item as BriefContent['postingRules'][number];
      return platformSlug(rule.platformId) ?? (rule.platformKind ? kebab(rule.platformKind) : 'all-platforms');
    }
    case 'topics':
    case 'standardSituations':
    case 'responsiblePeople':
      return slugify((item as { name: string }).name);
    case 'contentRules':
      return slugify((item as BriefContent['contentRules'][number]).text);
    case 'responseDeadlines': {
      const deadline = item as BriefContent['responseDeadlines'][number];
      return `${deadline.platformKind ? kebab(deadline.platformKind) : 'any-platform'}-${deadline.category ? kebab(deadline.category) : 'any-category'}`;
    }
    case 'kpiTargets': {
      const target = item as BriefContent['kpiTargets'][number];
      return [kebab(target.metric), kebab(target.period), platformSlug(target.platformId)].filter(Boolean).join('-');
    }
    default: {
      const unknown: never = section;
      throw new Error(`Unknown brief section ${String(unknown)}`);
    }
  }
}

/** Keeps the keys given (refusing bad and duplicate ones), then makes keys for the items without. */
function assignKeys(content: BriefContent, references: ContentReferences, problems: FieldProblem[]): void {
  for (const section of BRIEF_SECTIONS) {
    const items: { key: string }[] = content[section];
    const taken = new Map<string, number>();
    items.forEach((item, index) => {
      if (!item.key) return;
      const field = `${section}.${index}.key`;
      if (!isValidKey(item.key)) problems.push({ field, message: `"${item.key}" is not a valid key: use lower-case Latin letters, digits and single hyphens`, reason: ErrorReason.INVALID_KEY, value: item.key });
      else if (taken.has(item.key)) problems.push({ field, message: `"${item.key}" is already the key of ${section}.${taken.get(item.key)}; keys are unique within a section`, reason: ErrorReason.DUPLICATE_KEY, value: item.key });
      else taken.set(item.key, index);
    });
    const claimed = new Set(taken.keys());
    for (const item of items) {
      if (!item.key) item.key = claimKey(keyBase(section, item as never, references), claimed);
    }
  }
}

/** Reports items of a section that say the same thing twice (same `signature`). */
function refuseRepeats<T>(
  section: BriefSection,
  items: T[],
  signature: (item: T) => string,
  field: string,
  message: (firstIndex: number) => string,
  problems: FieldProblem[],
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const value = signature(item);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else problems.push({ field: `${section}.${index}.${field}`, message: message(first) });
  });
}

function checkItems(content: BriefContent, references: ContentReferences, problems: FieldProblem[]): void {
  const unknownPlatform = 'no platform of this client has this id';
  content.postingRules.forEach((rule, index) => {
    const at = (field: string) => `postingRules.${index}.${field}`;
    if (rule.platformId && rule.platformKind) {
      problems.push({ field: at('platformKind'), message: 'give either platformId (one platform) or platformKind (every platform of a kind), not both' });
    }
    if (rule.platformId && !references.platforms.has(rule.platformId)) problems.push({ field: at('platformId'), message: unknownPlatform });
    if (rule.requiredQuizId && !references.certifyingQuizIds?.has(rule.requiredQuizId)) {
      problems.push({ field: at('requiredQuizId'), message: 'is not a certifying quiz of this client: only a quiz that grants certificates can be required', reason: ErrorReason.NOT_A_CERTIFYING_QUIZ, value: rule.requiredQuizId });
    }
    if (rule.maxPostsPerDay !== null && rule.maxPostsPerWeek !== null && rule.maxPostsPerDay > rule.maxPostsPerWeek) {
      problems.push({ field: at('maxPostsPerDay'), message: `cannot be more than maxPostsPerWeek (${rule.maxPostsPerWeek})` });
    }
  });
  refuseRepeats('postingRules', content.postingRules, (rule) => `${rule.platformId}|${rule.platformKind}`, 'platformId', (first) => `postingRules.${first} already sets the limits for the same platforms`, problems);
  refuseRepeats('topics', content.topics, (topic) => topic.name.toLowerCase(), 'name', (first) => `topics.${first} already has this name`, problems);
  content.contentRules.forEach((rule, index) => {
    if (rule.kind === ContentRuleKind.PREFERRED_TERM && rule.variants.length === 0) {
      problems.push({ field: `contentRules.${index}.variants`, message: 'a PREFERRED_TERM rule needs at least one variant: the words to say it instead of' });
    }
  });
  refuseRepeats('contentRules', content.contentRules, (rule) => `${rule.kind}|${rule.text.toLowerCase()}`, 'text', (first) => `contentRules.${first} is already this rule`, problems);
  refuseRepeats('responseDeadlines', content.responseDeadlines, (deadline) => `${deadline.platformKind}|${deadline.category}`, 'category', (first) => `responseDeadlines.${first} already sets the deadline for this platform kind and category`, problems);
  refuseRepeats('standardSituations', content.standardSituations, (situation) => situation.name.toLowerCase(), 'name', (first) => `standardSituations.${first} already has this name`, problems);
  const topicKeys = new Set(content.topics.map((topic) => topic.key));
  content.responsiblePeople.forEach((person, index) => {
    person.topicKeys.forEach((key, keyIndex) => {
      if (!topicKeys.has(key)) problems.push({ field: `responsiblePeople.${index}.topicKeys.${keyIndex}`, message: `no topic of this brief has the key "${key}"` });
    });
    if (person.userId && !references.responsibleUserIds.has(person.userId)) {
      problems.push({ field: `responsiblePeople.${index}.userId`, message: 'is not a staff account with the RESPONSIBLE role in this client' });
    }
  });
  content.kpiTargets.forEach((target, index) => {
    if (target.platformId && !references.platforms.has(target.platformId)) problems.push({ field: `kpiTargets.${index}.platformId`, message: unknownPlatform });
  });
  const priorities = content.kpiTargets.flatMap((target, index) => (target.isPriority ? [index] : []));
  priorities.slice(1).forEach((index) => problems.push({ field: `kpiTargets.${index}.isPriority`, message: `kpiTargets.${priorities[0]} is already the priority KPI: a brief has one` }));
  refuseRepeats('kpiTargets', content.kpiTargets, (target) => `${target.metric}|${target.period}|${target.platformId}`, 'metric', (first) => `kpiTargets.${first} already sets this metric for the same period and platform`, problems);
}

/**
 * The content to store: items shaped, keys kept or made (unique within each section), and every rule
 * that needs the whole brief checked. Problems name the field path, e.g. "topics.2.name".
 */
export function normaliseContent(content: DraftContent, references: ContentReferences): { content: BriefContent; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const shaped = shape({ ...emptyBriefContent(), ...content });
  assignKeys(shaped, references, problems);
  checkItems(shaped, references, problems);
  return { content: shaped, problems };
}

export function isEmptyContent(content: BriefContent): boolean {
  return BRIEF_SECTIONS.every((section) => content[section].length === 0);
}
