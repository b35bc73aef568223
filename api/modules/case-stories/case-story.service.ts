import { badInput, conflict } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Author } from '../authors/author.entity';
import { CaseStatus } from '../cases/case-status';
import { CaseTransition } from '../cases/case-transition.entity';
import { Case } from '../cases/case.entity';
import { Reaction } from '../cases/reaction.entity';
import { Escalation } from '../escalations/escalation.entity';
import { Mention } from '../mentions/mention.entity';
import { Platform } from '../platforms/platform.entity';
import { CaseStory, CaseStoryStatus } from './case-story.entity';
import type { CaseStoryFilter, CaseStoryListArgs, UpdateCaseStoryInput } from './case-story.inputs';
import { STORY_MAX, STORY_MIN, writeCaseStory, type StoryFacts } from './story-writer';
import { ErrorReason } from '../../common/error-reasons';

const SORTABLE = { createdAt: 'story.createdAt', status: 'story.status', publishedAt: 'story.publishedAt', title: 'story.title' };
const HOUR = 3_600_000;

function storiesMatching(context: RequestContext, filter: CaseStoryFilter = {}) {
  const query = context.tenant.query(CaseStory, 'story');
  if (filter.ids) query.andWhere('story.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.status) query.andWhere('story.status = :status', { status: filter.status });
  if (filter.caseId) query.andWhere('story.caseId = :caseId', { caseId: isUuid(filter.caseId) ? filter.caseId : null });
  return query;
}

export function listCaseStories(context: RequestContext, args: CaseStoryListArgs): Promise<CaseStory[]> {
  return paginate(storiesMatching(context, args.filter), args, SORTABLE, { field: 'createdAt', order: SortOrder.DESC }).getMany();
}

export async function countCaseStories(context: RequestContext, filter?: CaseStoryFilter): Promise<ListMetadata> {
  return { count: await storiesMatching(context, filter).getCount() };
}

export function getCaseStory(context: RequestContext, id: string): Promise<CaseStory> {
  return context.tenant.get(CaseStory, id);
}

/** Everything a story tells, read from the case and what hangs off it. */
async function factsOf(context: RequestContext, caseRow: Case): Promise<StoryFacts> {
  const tenant = context.tenant;
  const [mention, platform, author, reactions, transitions, escalations] = await Promise.all([
    tenant.get(Mention, caseRow.mentionId),
    tenant.get(Platform, caseRow.platformId),
    tenant.get(Author, caseRow.authorId),
    tenant.find(Reaction, { where: { caseId: caseRow.id }, order: { postedAt: 'ASC' } }),
    tenant.find(CaseTransition, { where: { caseId: caseRow.id } }),
    tenant.find(Escalation, { where: { caseId: caseRow.id }, order: { createdAt: 'DESC' } }),
  ]);
  const escalation = escalations.find((candidate) => candidate.answeredAt) ?? null;
  return {
    brand: context.client.brandName,
    platform: { name: platform.name, kind: platform.kind, audience: platform.audience },
    author: { handle: author.handle, name: author.name ?? mention.authorName },
    request: { text: mention.text, postedAt: caseRow.requestedAt, category: caseRow.category },
    reaction: {
      firstText: reactions[0]?.text ?? null,
      firstResponseAt: caseRow.firstResponseAt,
      posts: reactions.length,
      deadlineHours: caseRow.deadlineAt ? Math.round((caseRow.deadlineAt.getTime() - caseRow.requestedAt.getTime()) / HOUR) : null,
      movedToPrivate: transitions.some((transition) => transition.toStatus === CaseStatus.MOVED_TO_PRIVATE),
    },
    escalation: escalation
      ? {
          assigneeName: escalation.assigneeName,
          assigneePosition: escalation.assigneePosition,
          hoursToAnswer: escalation.answeredAt ? (escalation.answeredAt.getTime() - escalation.createdAt.getTime()) / HOUR : null,
        }
      : null,
    result: {
      resolved: caseRow.status === CaseStatus.RESOLVED,
      finishedAt: caseRow.finishedAt,
      positiveFeedback: caseRow.positiveFeedback,
      siteVisit: caseRow.siteVisit,
      promoUsed: caseRow.promoUsed,
      note: caseRow.resultNote,
    },
  };
}

/** Writes the draft story of a resolved case from its facts; a case has one story, so asking again returns it. */
export async function draftCaseStory(context: RequestContext, caseId: string): Promise<CaseStory> {
  const caseRow = await context.tenant.get(Case, caseId);
  if (caseRow.status !== CaseStatus.RESOLVED) {
    throw conflict(`This case is ${caseRow.status}: stories are told of RESOLVED cases only.`, { reason: ErrorReason.CASE_NOT_RESOLVED, status: caseRow.status });
  }
  const existing = await context.tenant.findOne(CaseStory, { where: { caseId: caseRow.id } });
  const facts = existing ? null : await factsOf(context, caseRow);
  return context.transaction(async (transaction) => {
    const stored = await transaction.tenant.findOne(CaseStory, { where: { caseId: caseRow.id } });
    if (stored) {
      await transaction.record({ entityType: 'CaseStory', entityId: stored.id, action: 'DRAFT_REQUESTED', after: { existing: true } });
      return stored;
    }
    const { title, text } = writeCaseStory(facts ?? (await factsOf(context, caseRow)));
    return transaction.insert(CaseStory, { caseId: caseRow.id, title, text, status: CaseStoryStatus.DRAFT, publishedAt: null, publishedById: null }, { action: 'DRAFT' });
  });
}

export async function updateCaseStory(context: RequestContext, id: string, input: UpdateCaseStoryInput): Promise<CaseStory> {
  const { version, ...changes } = input;
  return context.transaction(async (transaction) => {
    const story = await transaction.tenant.get(CaseStory, id);
    if (story.status === CaseStoryStatus.PUBLISHED) throw conflict('This story is published; published stories are not edited.', { reason: ErrorReason.STORY_PUBLISHED });
    if (changes.title !== undefined) changes.title = changes.title.trim();
    if (changes.text !== undefined) changes.text = changes.text.trim();
    return transaction.update(CaseStory, story, changes, { expectedVersion: version });
  });
}

/** Publishes a draft: the format is 1,500–2,500 characters, so a text outside it is refused, with its length. */
export async function publishCaseStory(context: RequestContext, id: string, version: number): Promise<CaseStory> {
  return context.transaction(async (transaction) => {
    const story = await transaction.tenant.get(CaseStory, id);
    if (story.status === CaseStoryStatus.PUBLISHED) throw conflict('This story is already published.', { reason: ErrorReason.STORY_PUBLISHED });
    if (story.text.length < STORY_MIN || story.text.length > STORY_MAX) {
      throw badInput({ field: 'text', message: `a case story is ${STORY_MIN}–${STORY_MAX} characters; this one has ${story.text.length}` }, ErrorReason.STORY_LENGTH);
    }
    return transaction.update(
      CaseStory,
      story,
      { status: CaseStoryStatus.PUBLISHED, publishedAt: new Date(), publishedById: context.user.id },
      { expectedVersion: version, action: 'PUBLISH' },
    );
  });
}
