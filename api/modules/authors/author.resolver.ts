import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import { intInRange } from '../../common/validation';
import type { RequestContext } from '../../context';
import { ApiKeyScope } from '../api-keys/api-key-scope';
import { Case } from '../cases/case.entity';
import { Platform } from '../platforms/platform.entity';
import { CLIENT_STAFF, Role } from '../users/role';
import { Author } from './author.entity';
import { AuthorHistory, summariseHistory } from './author-history';
import { AuthorFilter, AuthorListArgs, UpdateAuthorInput } from './author.inputs';
import * as authors from './author.service';

const MAX_AUTHOR_CASES = 200;

@Resolver(() => Author)
export class AuthorResolver {
  @Authorized([...CLIENT_STAFF, ApiKeyScope.REPLIES_READ, ApiKeyScope.CASES_READ])
  @Query(() => Author, { nullable: true, description: '"Who is this, did they write before, about what": the author of a handle on a platform, or null.' })
  author(@Arg('platformId', () => ID) platformId: string, @Arg('handle') handle: string, @Ctx() context: RequestContext): Promise<Author | null> {
    return authors.findAuthor(context, platformId, handle);
  }

  @Authorized([...CLIENT_STAFF, ApiKeyScope.CASES_READ])
  @Query(() => [Author])
  allAuthors(@Args() args: AuthorListArgs, @Ctx() context: RequestContext): Promise<Author[]> {
    return authors.listAuthors(context, args);
  }

  @Authorized([...CLIENT_STAFF, ApiKeyScope.CASES_READ])
  @Query(() => ListMetadata)
  _allAuthorsMeta(@Args() { filter }: AuthorListArgs, @Ctx() context: RequestContext) {
    return authors.countAuthors(context, filter);
  }

  @Authorized([...CLIENT_STAFF, ApiKeyScope.CASES_READ])
  @Query(() => Author)
  Author(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Author> {
    return authors.getAuthor(context, id);
  }

  @Authorized([Role.PR_SPECIALIST, Role.REPRESENTATIVE])
  @Mutation(() => Author, { description: "Keeps the author's name and the team's notes on them." })
  updateAuthor(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateAuthorInput, @Ctx() context: RequestContext): Promise<Author> {
    return authors.updateAuthor(context, id, input);
  }

  @FieldResolver(() => Platform, { nullable: true })
  platform(@Root() author: Author, @Ctx() context: RequestContext): Promise<Platform | null> {
    return context.loaders.byId(Platform).load(author.platformId);
  }

  @FieldResolver(() => AuthorHistory)
  async history(@Root() author: Author, @Ctx() context: RequestContext): Promise<AuthorHistory> {
    return summariseHistory(await this.casesOf(author, context));
  }

  @FieldResolver(() => [Case], { description: 'Their cases, newest first.' })
  async cases(
    @Root() author: Author,
    @Ctx() context: RequestContext,
    @Arg('limit', () => Int, { defaultValue: 20, description: `How many at most (1..${MAX_AUTHOR_CASES}).` }) limit: number,
  ): Promise<Case[]> {
    intInRange('limit', limit, 1, MAX_AUTHOR_CASES);
    const all = await this.casesOf(author, context);
    return [...all].sort((left, right) => right.requestedAt.getTime() - left.requestedAt.getTime()).slice(0, limit);
  }

  private casesOf(author: Author, context: RequestContext): Promise<Case[]> {
    return context.loaders.manyBy(Case, 'authorId').load(author.id);
  }
}
