import { EXPORT_FILE_FIELDS } from '../common/exportFile';
import { pick, type ResourceDefinition } from '../resource-definition';

const FIELDS = `id status version period firstDay lastDay platformId platform { name } representativeId representativeName
  wentWell problems proposals reviewComment comments { subject comment } allowedActions submittedAt reviewedAt createdAt
  figures { metric value outOf target source corrected }`;

export const reportResource: ResourceDefinition = {
  type: 'Report',
  plural: 'Reports',
  fields: FIELDS,
  filterType: 'ReportFilter',
  createInputType: 'CreateReportInput',
  updateInputType: 'UpdateReportInput',
  toCreateInput: (data) => pick(data, ['representativeId', 'platformId', 'period', 'at']),
  toUpdateInput: (data) => ({
    ...pick(data, ['wentWell', 'problems', 'proposals']),
    figures: ((data.figures ?? []) as { metric?: string; value: number | null }[])
      .filter((figure) => figure.metric)
      .map((figure) => ({ metric: figure.metric, value: figure.value ?? null })),
  }),
};

export const LIVE_FIGURES = 'query($id: ID!) { Report(id: $id) { id liveFigures { metric reported live delta moved } } }';
export const SUBMIT = 'mutation($id: ID!, $version: Int!) { submitReport(id: $id, version: $version) { id status } }';
export const ACCEPT = 'mutation($id: ID!, $version: Int!) { acceptReport(id: $id, version: $version) { id status } }';
export const RETURN = `mutation($id: ID!, $comment: String!, $comments: [ReportCommentInput!], $version: Int!) {
  returnReport(id: $id, comment: $comment, comments: $comments, version: $version) { id status } }`;
export const MARKDOWN = 'query($id: ID!) { reportMarkdown(id: $id) }';
export const PDF = `query($id: ID!) { reportPdf(id: $id) { ${EXPORT_FILE_FIELDS} } }`;

export const SECTIONS = ['wentWell', 'problems', 'proposals'] as const;

export interface ReportFigure {
  metric: string;
  value: number | null;
  outOf: number | null;
  target: number | null;
  corrected: boolean;
}

export interface ReportRecord {
  id: string;
  status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED';
  version: number;
  firstDay: string;
  lastDay: string;
  representativeName: string;
  platform: { name: string } | null;
  wentWell: string;
  problems: string;
  proposals: string;
  reviewComment: string | null;
  comments: { subject: string; comment: string }[];
  allowedActions: string[];
  figures: ReportFigure[];
}
