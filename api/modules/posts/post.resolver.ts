import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { Post } from './post.entity';
import { LogPostInput, PostListArgs } from './post.inputs';
import * as posts from './post.service';

/** Trainers read posts too: they check representatives on the brief. */
const READERS = [Role.PR_SPECIALIST, Role.REPRESENTATIVE, Role.TRAINER];

@Resolver(() => Post)
export class PostResolver {
  @Authorized(READERS)
  @Query(() => [Post], { description: 'News, offers and free-standing answers logged with logPost, newest first unless sorted.' })
  allPosts(@Args() args: PostListArgs, @Ctx() context: RequestContext): Promise<Post[]> {
    return posts.listPosts(context, args);
  }

  @Authorized(READERS)
  @Query(() => ListMetadata)
  _allPostsMeta(@Args() { filter }: PostListArgs, @Ctx() context: RequestContext): Promise<ListMetadata> {
    return posts.countPosts(context, filter);
  }

  @Authorized(READERS)
  @Query(() => Post)
  Post(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Post> {
    return posts.getPost(context, id);
  }

  @Authorized([Role.REPRESENTATIVE, Role.PR_SPECIALIST])
  @Mutation(() => Post, {
    description:
      "Logs a post (NEWS, OFFER or ANSWER) made from an official account. Counted by the brief's posting limits with answers to cases: " +
      'refused (CONFLICT, POSTING_LIMIT) when the limit is reached or the platform\'s rule does not allow the kind (OFFER is the brief\'s PROMOTION). ' +
      'Checked against the brief like a reply: what the check finds is kept in violations.',
  })
  logPost(@Arg('input') input: LogPostInput, @Ctx() context: RequestContext): Promise<Post> {
    return posts.logPost(context, input);
  }
}
