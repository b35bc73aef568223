import { GUIDANCE_FIELDS, type SituationMatches } from '../matching/graphql';
import type { ResourceDefinition } from '../resource-definition';

export const caseResource: ResourceDefinition = {
  type: 'Case',
  plural: 'Cases',
  fields: `id status category requestedAt deadlineAt firstResponseHours isOverdue version representativeUserId
    platform { id name } author { id handle name } mention { text sentiment } representative { id name }`,
  filterType: 'CaseFilter',
};

/** Everything the case page shows, in one request. */
export const CASE_PAGE = `query CasePage($id: ID!) {
  Case(id: $id) {
    id version status category situationId requestedAt deadlineAt firstResponseAt finishedAt isOverdue firstResponseHours resolutionHours
    allowedMoves resolved positiveFeedback siteVisit promoUsed resultNote platformId
    platform { id name kind }
    mention { text url authorHandle authorName sentiment postedAt }
    author { id handle name notes version history { caseCount openCount resolvedCount unresolvedCount categories { category count } } cases(limit: 10) { id status category requestedAt } }
    situation { id title key }
    suggestedReply { replyId revision text theses }
    transitions { id fromStatus toStatus note actorLabel createdAt }
    reactions { id text postedAt postUrl replyRevision edited overrideReason user { name } officialAccount { handle displayName } }
    escalations { id status question answer assigneeName assigneePosition dueAt isOverdue requestedById }
    story { id status }
    suggestion(limit: 3) {
      category noMatch
      matches { score situation { id key title category } reply { replyId text } }
      guidance { ${GUIDANCE_FIELDS} }
    }
  }
}`;

export interface CasePageData {
  id: string;
  version: number;
  status: string;
  category: string | null;
  situationId: string | null;
  requestedAt: string;
  deadlineAt: string | null;
  firstResponseAt: string | null;
  finishedAt: string | null;
  isOverdue: boolean;
  firstResponseHours: number | null;
  resolutionHours: number | null;
  allowedMoves: string[];
  resolved: boolean | null;
  positiveFeedback: boolean;
  siteVisit: boolean;
  promoUsed: boolean;
  resultNote: string | null;
  platformId: string;
  platform: { id: string; name: string; kind: string } | null;
  mention: { text: string; url: string | null; authorHandle: string; authorName: string | null; sentiment: string; postedAt: string } | null;
  author: {
    id: string;
    handle: string;
    name: string | null;
    notes: string | null;
    version: number;
    history: { caseCount: number; openCount: number; resolvedCount: number; unresolvedCount: number; categories: { category: string; count: number }[] };
    cases: { id: string; status: string; category: string | null; requestedAt: string }[];
  } | null;
  situation: { id: string; title: string; key: string } | null;
  suggestedReply: { replyId: string; revision: number; text: string; theses: string[] } | null;
  transitions: { id: string; fromStatus: string; toStatus: string; note: string | null; actorLabel: string; createdAt: string }[];
  reactions: { id: string; text: string; postedAt: string; postUrl: string | null; replyRevision: number | null; edited: boolean; overrideReason: string | null; user: { name: string } | null; officialAccount: { handle: string; displayName: string } | null }[];
  escalations: { id: string; status: string; question: string; answer: string | null; assigneeName: string; assigneePosition: string | null; dueAt: string | null; isOverdue: boolean; requestedById: string | null }[];
  story: { id: string; status: string } | null;
  suggestion: {
    category: string;
    noMatch: boolean;
    matches: { score: number; situation: { id: string; key: string; title: string; category: string }; reply: { replyId: string; text: string } | null }[];
    guidance: SituationMatches['guidance'];
  };
}
