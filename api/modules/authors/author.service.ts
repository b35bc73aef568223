import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { RequestContext } from '../../context';
import { Platform } from '../platforms/platform.entity';
import { normaliseHandle } from '../representatives/brand-disclosure';
import { Author } from './author.entity';
import type { AuthorFilter, AuthorListArgs, UpdateAuthorInput } from './author.inputs';

const SORTABLE = { handle: 'author.handleKey', name: 'author.name', createdAt: 'author.createdAt' };

function authorsMatching(context: RequestContext, filter: AuthorFilter = {}) {
  const query = context.tenant.query(Author, 'author');
  if (filter.ids) query.andWhere('author.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.platformId) query.andWhere('author.platformId = :platformId', { platformId: isUuid(filter.platformId) ? filter.platformId : null });
  if (filter.q) query.andWhere('(author.handle ILIKE :q OR author.name ILIKE :q)', { q: containing(filter.q) });
  return query;
}

export function listAuthors(context: RequestContext, args: AuthorListArgs): Promise<Author[]> {
  return paginate(authorsMatching(context, args.filter), args, SORTABLE, { field: 'createdAt', order: SortOrder.DESC }).getMany();
}

export async function countAuthors(context: RequestContext, filter?: AuthorFilter): Promise<ListMetadata> {
  return { count: await authorsMatching(context, filter).getCount() };
}

export function getAuthor(context: RequestContext, id: string): Promise<Author> {
  return context.tenant.get(Author, id);
}

/** The author behind a handle on a platform, or null when they never wrote there. */
export async function findAuthor(context: RequestContext, platformId: string, handle: string): Promise<Author | null> {
  const platform = await context.tenant.get(Platform, platformId);
  return context.tenant.findOne(Author, { where: { platformId: platform.id, handleKey: normaliseHandle(handle).toLowerCase() } });
}

export async function updateAuthor(context: RequestContext, id: string, input: UpdateAuthorInput): Promise<Author> {
  const { version, ...changes } = input;
  return context.transaction(async (transaction) => {
    const author = await transaction.tenant.get(Author, id);
    if (changes.name !== undefined) changes.name = changes.name?.trim() || null;
    if (changes.notes !== undefined) changes.notes = changes.notes?.trim() || null;
    return transaction.update(Author, author, changes as Partial<Author>, { expectedVersion: version });
  });
}
