import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { ApiKeyScope } from '../api-keys/api-key-scope';
import { CLIENT_STAFF, Role } from '../users/role';
import { User } from '../users/user.entity';
import type { BriefContent } from './brief-content';
import { BriefKpiTarget, ContentRule, PostingRule, ResponseDeadline, ResponsiblePerson, StandardSituation, Topic } from './brief-content.types';
import { BriefDiff } from './brief-diff';
import { ceilingWarnings, KpiCeilingWarning } from './brief-kpi-guards';
import { Platform } from '../platforms/platform.entity';
import * as drafts from './brief-drafts.service';
import { BriefVersion } from './brief-version.entity';
import { Brief } from './brief.entity';
import { BriefVersionFilter, BriefVersionListArgs, CreateBriefDraftInput, UpdateBriefDraftInput } from './brief.inputs';
import * as briefs from './brief.service';
import * as workflow from './brief-workflow.service';

/** Staff of the client; they and tools with replies:read or base:read read the brief in force, never drafts. */
const IN_FORCE_READERS = [...CLIENT_STAFF, ApiKeyScope.REPLIES_READ, ApiKeyScope.BASE_READ];
const VERSION_ARG = { nullable: true, description: 'The version you read; a newer one on the server means CONFLICT.' };

const section = <S extends keyof BriefContent>(version: BriefVersion, name: S): BriefContent[S] => version.content?.[name] ?? [];

@Resolver(() => BriefVersion)
export class BriefResolver {
  @Authorized(Role.PR_SPECIALIST)
  @Query(() => [BriefVersion], { description: "Every version of the request's client's brief, newest first." })
  allBriefVersions(@Args() args: BriefVersionListArgs, @Ctx() context: RequestContext): Promise<BriefVersion[]> {
    return briefs.listBriefVersions(context, args);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => ListMetadata)
  _allBriefVersionsMeta(@Args() { filter }: BriefVersionListArgs, @Ctx() context: RequestContext) {
    return briefs.countBriefVersions(context, filter);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => BriefVersion)
  BriefVersion(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<BriefVersion> {
    return briefs.getBriefVersion(context, id);
  }

  @Authorized(IN_FORCE_READERS)
  @Query(() => BriefVersion, { nullable: true, description: "The approved version of the request's client's brief; null when none is approved yet." })
  briefInForce(@Ctx() context: RequestContext): Promise<BriefVersion | null> {
    return briefs.briefInForce(context);
  }

  @Authorized(CLIENT_STAFF)
  @Query(() => Brief, { nullable: true, description: "The request's client's brief as a document: its standing settings (fourEyesApproval). Null before its first draft." })
  briefSettings(@Ctx() context: RequestContext): Promise<Brief | null> {
    return workflow.briefSettings(context);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Brief, { description: 'Four eyes on or off: when on, replies and brief versions must be approved by someone who did not write them (FOUR_EYES_REQUIRED).' })
  setBriefFourEyesApproval(
    @Arg('required') required: boolean,
    @Arg('version', () => Int, { description: 'The version of the brief settings you read.' }) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Brief> {
    return workflow.setBriefFourEyesApproval(context, required, version);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => BriefDiff, { description: 'What changed from one version to another, section by section; items are paired by key.' })
  briefDiff(@Arg('from', () => ID) from: string, @Arg('to', () => ID) to: string, @Ctx() context: RequestContext): Promise<BriefDiff> {
    return briefs.diffBriefVersions(context, from, to);
  }

  @Authorized(IN_FORCE_READERS)
  @Query(() => String, { nullable: true, description: 'The brief as a Russian Markdown document: the version in force unless versionId names another (PR specialists only). Null when none is in force.' })
  briefMarkdown(@Arg('versionId', () => ID, { nullable: true }) versionId: string | undefined, @Ctx() context: RequestContext): Promise<string | null> {
    return briefs.briefMarkdown(context, versionId ?? undefined);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => [User], { description: 'Active staff holding RESPONSIBLE in the request\'s client: whom a responsible person of the brief may be linked to.' })
  briefResponsibleAccounts(@Ctx() context: RequestContext): Promise<User[]> {
    return briefs.responsibleAccounts(context);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => BriefVersion, { description: 'A new draft, empty or copied (with item keys) from a version. To change the brief in force, copy it.' })
  createBriefDraft(@Arg('input', () => CreateBriefDraftInput, { nullable: true }) input: CreateBriefDraftInput | undefined, @Ctx() context: RequestContext): Promise<BriefVersion> {
    return drafts.createBriefDraft(context, input ?? {});
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => BriefVersion, { description: "Saves a DRAFT: the sections sent replace the draft's. Items without a key get one made from their name." })
  updateBriefDraft(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateBriefDraftInput, @Ctx() context: RequestContext): Promise<BriefVersion> {
    return drafts.updateBriefDraft(context, id, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => BriefVersion, { description: 'DRAFT → IN_REVIEW.' })
  submitBriefVersion(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number | undefined,
    @Ctx() context: RequestContext,
  ): Promise<BriefVersion> {
    return workflow.submitBriefVersion(context, id, version ?? undefined);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => BriefVersion, {
    description:
      'IN_REVIEW → APPROVED: it comes into force and the version it replaces is ARCHIVED, at once. Refused (KPI_ABOVE_CEILING, PRIORITY_KPI_TOO_SOON) unless `reason` says why; the reason is recorded with the KPI revisions.',
  })
  approveBriefVersion(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, VERSION_ARG) version: number | undefined,
    @Arg('reason', () => String, { nullable: true, description: 'Why a KPI guard is overridden: a target above a ceiling, a priority KPI switched within 3 months.' }) reason: string | undefined,
    @Ctx() context: RequestContext,
  ): Promise<BriefVersion> {
    return workflow.approveBriefVersion(context, id, version ?? undefined, reason ?? null);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => BriefVersion, { description: 'IN_REVIEW → DRAFT, with a comment on what to change.' })
  returnBriefVersion(
    @Arg('id', () => ID) id: string,
    @Arg('comment') comment: string,
    @Arg('version', () => Int, VERSION_ARG) version: number | undefined,
    @Ctx() context: RequestContext,
  ): Promise<BriefVersion> {
    return workflow.returnBriefVersion(context, id, comment, version ?? undefined);
  }

  @FieldResolver(() => [PostingRule])
  postingRules(@Root() version: BriefVersion) {
    return section(version, 'postingRules');
  }

  @FieldResolver(() => [Topic])
  topics(@Root() version: BriefVersion) {
    return section(version, 'topics');
  }

  @FieldResolver(() => [ContentRule])
  contentRules(@Root() version: BriefVersion) {
    return section(version, 'contentRules');
  }

  @FieldResolver(() => [ResponseDeadline])
  responseDeadlines(@Root() version: BriefVersion) {
    return section(version, 'responseDeadlines');
  }

  @FieldResolver(() => [StandardSituation])
  standardSituations(@Root() version: BriefVersion) {
    return section(version, 'standardSituations');
  }

  @FieldResolver(() => [ResponsiblePerson])
  responsiblePeople(@Root() version: BriefVersion) {
    return section(version, 'responsiblePeople');
  }

  @FieldResolver(() => [BriefKpiTarget])
  kpiTargets(@Root() version: BriefVersion) {
    return section(version, 'kpiTargets').map((target) => ({ ...target, isPriority: target.isPriority ?? false }));
  }

  @FieldResolver(() => [KpiCeilingWarning], { description: "KPI targets beyond their platform's ceiling, as of the platforms' current ceilings." })
  async kpiCeilingWarnings(@Root() version: BriefVersion, @Ctx() context: RequestContext): Promise<KpiCeilingWarning[]> {
    const targets = section(version, 'kpiTargets');
    const platformIds = [...new Set(targets.flatMap((target) => (target.platformId ? [target.platformId] : [])))];
    const platforms = await Promise.all(platformIds.map((platformId) => context.loaders.byId(Platform).load(platformId)));
    return ceilingWarnings(targets, (platformId) => platforms.find((platform) => platform?.id === platformId)?.kpiCeilings);
  }

  @Authorized(CLIENT_STAFF)
  @FieldResolver(() => User, { nullable: true, description: 'Staff only.' })
  createdBy(@Root() version: BriefVersion, @Ctx() context: RequestContext): Promise<User | null> | null {
    return version.createdById ? context.loaders.byId(User).load(version.createdById) : null;
  }

  @Authorized(CLIENT_STAFF)
  @FieldResolver(() => User, { nullable: true, description: 'Staff only.' })
  submittedBy(@Root() version: BriefVersion, @Ctx() context: RequestContext): Promise<User | null> | null {
    return version.submittedById ? context.loaders.byId(User).load(version.submittedById) : null;
  }

  @Authorized(CLIENT_STAFF)
  @FieldResolver(() => User, { nullable: true, description: 'Staff only.' })
  approvedBy(@Root() version: BriefVersion, @Ctx() context: RequestContext): Promise<User | null> | null {
    return version.approvedById ? context.loaders.byId(User).load(version.approvedById) : null;
  }
}
