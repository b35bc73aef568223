import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Case } from '../cases/case.entity';
import { Role } from '../users/role';
import { CaseStory } from './case-story.entity';
import { CaseStoryFilter, CaseStoryListArgs, UpdateCaseStoryInput } from './case-story.inputs';
import * as stories from './case-story.service';

@Resolver(() => CaseStory)
export class CaseStoryResolver {
  @Authorized(Role.PR_SPECIALIST)
  @Query(() => [CaseStory])
  allCaseStories(@Args() args: CaseStoryListArgs, @Ctx() context: RequestContext): Promise<CaseStory[]> {
    return stories.listCaseStories(context, args);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => ListMetadata)
  _allCaseStoriesMeta(@Args() { filter }: CaseStoryListArgs, @Ctx() context: RequestContext) {
    return stories.countCaseStories(context, filter);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => CaseStory)
  CaseStory(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<CaseStory> {
    return stories.getCaseStory(context, id);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => CaseStory, { description: 'Writes the draft "request – reaction – result" story of a RESOLVED case from its facts (once per case).' })
  draftCaseStory(@Arg('caseId', () => ID) caseId: string, @Ctx() context: RequestContext): Promise<CaseStory> {
    return stories.draftCaseStory(context, caseId);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => CaseStory)
  updateCaseStory(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateCaseStoryInput, @Ctx() context: RequestContext): Promise<CaseStory> {
    return stories.updateCaseStory(context, id, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => CaseStory, { description: 'Publishes a draft of 1,500–2,500 characters.' })
  publishCaseStory(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext): Promise<CaseStory> {
    return stories.publishCaseStory(context, id, version);
  }

  @FieldResolver(() => Case, { nullable: true })
  case(@Root() story: CaseStory, @Ctx() context: RequestContext): Promise<Case | null> {
    return context.loaders.byId(Case).load(story.caseId);
  }
}

/** The case page shows its story, when there is one. */
@Resolver(() => Case)
export class CaseStoryOfCaseResolver {
  @FieldResolver(() => CaseStory, { nullable: true })
  async story(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<CaseStory | null> {
    return (await context.loaders.manyBy(CaseStory, 'caseId').load(caseRow.id))[0] ?? null;
  }
}
