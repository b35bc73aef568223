import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { exportFile, ExportFile } from '../../common/export-file';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Platform } from '../platforms/platform.entity';
import { Representative } from '../representatives/representative.entity';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { reportMarkdown, type ReportNames } from './report-document';
import { figureChanges, ReportFigureChange } from './report-figures';
import { REPORT_ACTIONS, ReportAction } from './report-lifecycle';
import { reportPdf } from './report-pdf';
import { Report } from './report.entity';
import { CreateReportInput, ReportCommentInput, ReportListArgs, UpdateReportInput } from './report.inputs';
import * as reports from './report.service';

const READERS = [Role.PR_SPECIALIST, Role.REPRESENTATIVE];
const VERSION = { description: 'The version you read; a newer one on the server means CONFLICT.' };

async function namesOf(context: RequestContext, report: Report): Promise<ReportNames> {
  const representative = await context.loaders.byId(Representative).load(report.representativeId);
  const user = representative ? await context.loaders.byId(User).load(representative.userId) : null;
  const platform = report.platformId ? await context.loaders.byId(Platform).load(report.platformId) : null;
  return { representative: user?.name ?? '—', platform: platform?.name ?? null, client: context.tenant.client.name };
}

@Resolver(() => Report)
export class ReportResolver {
  @Authorized(READERS)
  @Query(() => [Report], { description: "Reports: a PR specialist's are the client's (awaitingReview: the queue), a representative's their own." })
  allReports(@Args() args: ReportListArgs, @Ctx() context: RequestContext): Promise<Report[]> {
    return reports.listReports(context, args);
  }

  @Authorized(READERS)
  @Query(() => ListMetadata)
  _allReportsMeta(@Args() { filter }: ReportListArgs, @Ctx() context: RequestContext): Promise<ListMetadata> {
    return reports.countReports(context, filter);
  }

  @Authorized(READERS)
  @Query(() => Report)
  Report(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Report> {
    return reports.getReport(context, id);
  }

  @Authorized(READERS)
  @Query(() => String, { description: 'The report as a Russian Markdown document.' })
  async reportMarkdown(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<string> {
    const report = await reports.getReport(context, id);
    return reportMarkdown(report, await namesOf(context, report));
  }

  @Authorized(READERS)
  @Query(() => ExportFile, { description: 'The report as a PDF (A4, Russian), base64-encoded.' })
  async reportPdf(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ExportFile> {
    const report = await reports.getReport(context, id);
    const pdf = await reportPdf(report, await namesOf(context, report));
    return exportFile(`report-${report.firstDay}.pdf`, 'application/pdf', pdf);
  }

  @Authorized(READERS)
  @Mutation(() => Report, { description: "A DRAFT for the month (or quarter) holding `at`, figures prefilled from the facts beside the brief's targets." })
  createReport(@Arg('input', () => CreateReportInput, { nullable: true }) input: CreateReportInput | undefined, @Ctx() context: RequestContext): Promise<Report> {
    return reports.createReport(context, input ?? {});
  }

  @Authorized(Role.REPRESENTATIVE)
  @Mutation(() => Report, { description: 'Its author edits a DRAFT or RETURNED report: the narrative, and corrections of figures.' })
  updateReport(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateReportInput, @Ctx() context: RequestContext): Promise<Report> {
    return reports.updateReport(context, id, input);
  }

  @Authorized(Role.REPRESENTATIVE)
  @Mutation(() => Report, { description: 'DRAFT or RETURNED → SUBMITTED: figures are taken from the facts once more (corrections kept) and frozen.' })
  submitReport(@Arg('id', () => ID) id: string, @Arg('version', () => Int, VERSION) version: number, @Ctx() context: RequestContext): Promise<Report> {
    return reports.submitReport(context, id, version);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Report, { description: 'SUBMITTED → ACCEPTED. Nobody accepts their own report.' })
  acceptReport(@Arg('id', () => ID) id: string, @Arg('version', () => Int, VERSION) version: number, @Ctx() context: RequestContext): Promise<Report> {
    return reports.acceptReport(context, id, version);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Report, { description: 'SUBMITTED → RETURNED with an overall comment and comments on single figures or sections. Nobody returns their own report.' })
  returnReport(
    @Arg('id', () => ID) id: string,
    @Arg('comment') comment: string,
    @Arg('comments', () => [ReportCommentInput], { nullable: true }) comments: ReportCommentInput[] | undefined,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() context: RequestContext,
  ): Promise<Report> {
    return reports.returnReport(context, id, comment, comments ?? [], version);
  }

  @FieldResolver(() => [String], { description: 'The operations its state allows (whoever may call them).' })
  allowedActions(@Root() report: Report): ReportAction[] {
    return REPORT_ACTIONS[report.status];
  }

  @FieldResolver(() => [ReportFigureChange], { description: 'The figures against the live facts now: where the facts moved since submission. One statement per report: read it on one report, not on a list.' })
  liveFigures(@Root() report: Report, @Ctx() context: RequestContext): Promise<ReportFigureChange[]> {
    return figureChanges(context.tenant, report);
  }

  @FieldResolver(() => Representative, { nullable: true })
  representative(@Root() report: Report, @Ctx() context: RequestContext): Promise<Representative | null> {
    return context.loaders.byId(Representative).load(report.representativeId);
  }

  @FieldResolver(() => String, { description: "The representative's name." })
  async representativeName(@Root() report: Report, @Ctx() context: RequestContext): Promise<string> {
    return (await namesOf(context, report)).representative;
  }

  @FieldResolver(() => Platform, { nullable: true })
  platform(@Root() report: Report, @Ctx() context: RequestContext): Promise<Platform | null> | null {
    return report.platformId ? context.loaders.byId(Platform).load(report.platformId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  reviewedBy(@Root() report: Report, @Ctx() context: RequestContext): Promise<User | null> | null {
    return report.reviewedById ? context.loaders.byId(User).load(report.reviewedById) : null;
  }
}
