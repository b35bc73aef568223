import { Field, Int, ObjectType } from 'type-graphql';
import { In } from 'typeorm';
import type { TenantScope } from '../../auth/tenant-scope';
import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { CaseStatus, FINAL_STATUSES } from '../cases/case-status';
import { Case } from '../cases/case.entity';
import { normaliseHandle } from '../representatives/brand-disclosure';
import { Author } from './author.entity';

@ObjectType()
export class CategoryCount {
  @Field(() => ConsumerCycleCategory)
  category: ConsumerCycleCategory;

  @Field(() => Int)
  count: number;
}

/** "Did they write before, about what, were their problems solved": an author's cases summed up. */
@ObjectType()
export class AuthorHistory {
  @Field(() => Int)
  caseCount: number;

  @Field(() => Int, { description: 'Cases not finished yet.' })
  openCount: number;

  @Field(() => Int, { description: 'Cases whose problem was solved (RESOLVED).' })
  resolvedCount: number;

  @Field(() => Int, { description: 'Cases closed without a solution.' })
  unresolvedCount: number;

  @Field(() => [CategoryCount], { description: 'What they wrote about, most frequent first.' })
  categories: CategoryCount[];

  @Field(() => Date, { nullable: true })
  firstSeenAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastSeenAt: Date | null;
}

export function summariseHistory(cases: Pick<Case, 'status' | 'category' | 'requestedAt' | 'resolved'>[]): AuthorHistory {
  const categories = new Map<ConsumerCycleCategory, number>();
  for (const caseRow of cases) if (caseRow.category) categories.set(caseRow.category, (categories.get(caseRow.category) ?? 0) + 1);
  const times = cases.map((caseRow) => caseRow.requestedAt.getTime());
  return {
    caseCount: cases.length,
    openCount: cases.filter((caseRow) => !FINAL_STATUSES.includes(caseRow.status)).length,
    resolvedCount: cases.filter((caseRow) => caseRow.status === CaseStatus.RESOLVED).length,
    unresolvedCount: cases.filter((caseRow) => caseRow.status === CaseStatus.CLOSED && caseRow.resolved === false).length,
    categories: [...categories].map(([category, count]) => ({ category, count })).sort((left, right) => right.count - left.count || left.category.localeCompare(right.category)),
    firstSeenAt: times.length ? new Date(Math.min(...times)) : null,
    lastSeenAt: times.length ? new Date(Math.max(...times)) : null,
  };
}

export interface AuthorReference {
  /** Null: the handle on any of the client's platforms. */
  platformId: string | null;
  handle: string;
}

export interface AuthorProfile {
  authors: Author[];
  history: AuthorHistory;
}

/**
 * Who wrote, in bulk, in two statements whatever the number of handles: for each reference the
 * matching authors and their history. For the matcher ("who is this, did they write before") and
 * anything else that looks at many posts at once. Keys of the result are `${platformId ?? '*'}:${handle key}`.
 */
export async function loadAuthorProfiles(tenant: TenantScope, references: AuthorReference[]): Promise<Map<string, AuthorProfile>> {
  const handleKeys = [...new Set(references.map((reference) => normaliseHandle(reference.handle).toLowerCase()))];
  const authors = handleKeys.length ? await tenant.find(Author, { where: { handleKey: In(handleKeys) } }) : [];
  const cases = authors.length
    ? await tenant.find(Case, { where: { authorId: In(authors.map((author) => author.id)) }, select: { id: true, authorId: true, status: true, category: true, requestedAt: true, resolved: true } })
    : [];
  const profiles = new Map<string, AuthorProfile>();
  for (const reference of references) {
    const key = authorProfileKey(reference);
    const handleKey = key.slice(key.indexOf(':') + 1);
    const matching = authors.filter((author) => author.handleKey === handleKey && (!reference.platformId || author.platformId === reference.platformId));
    const ids = new Set(matching.map((author) => author.id));
    profiles.set(key, { authors: matching, history: summariseHistory(cases.filter((caseRow) => ids.has(caseRow.authorId))) });
  }
  return profiles;
}

/** The key loadAuthorProfiles files a reference under. */
export const authorProfileKey = (reference: AuthorReference) => `${reference.platformId ?? '*'}:${normaliseHandle(reference.handle).toLowerCase()}`;
