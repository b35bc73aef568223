import type { Case } from '../../api/modules/cases/case.entity';
import type { Platform } from '../../api/modules/platforms/platform.entity';
import { makeCase, makePlatform, makeRepresentative } from '../../seeds/factories';
import type { TestApp } from './app';
import { makeClientWorld, type ClientWorld } from './world';

/** A client world whose representative has an official account on a platform of the client. */
export interface CrmWorld extends ClientWorld {
  platform: Platform;
}

export async function makeCrmWorld(app: TestApp, platformOverrides: Partial<Platform> = {}): Promise<CrmWorld> {
  const world = await makeClientWorld(app.dataSource);
  const platform = await makePlatform(app.dataSource, world.client, platformOverrides);
  await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative, platforms: [platform] });
  return { ...world, platform };
}

export const CASE_FIELDS = `id status version category situationId requestedAt deadlineAt firstResponseAt finishedAt isOverdue
  firstResponseHours resolutionHours resolved positiveFeedback siteVisit promoUsed allowedMoves representativeUserId`;

export const MOVE = `mutation($id: ID!, $input: MoveCaseInput!) { moveCase(id: $id, input: $input) { ${CASE_FIELDS} } }`;
export const REACT = `mutation($id: ID!, $input: LogReactionInput!) { logReaction(caseId: $id, input: $input) { ${CASE_FIELDS} } }`;
export const RESULT = `mutation($id: ID!, $input: CaseResultInput!) { recordCaseResult(id: $id, input: $input) { ${CASE_FIELDS} } }`;
export const CLASSIFY = `mutation($id: ID!, $input: ClassifyCaseInput!) { classifyCase(id: $id, input: $input) { ${CASE_FIELDS} deadlineRuleKey } }`;

/** A case asked `hoursAgo` hours ago on the world's platform. */
export function caseAsked(app: TestApp, world: CrmWorld, hoursAgo: number, overrides: Parameters<typeof makeCase>[2] = {}): Promise<Case> {
  return makeCase(app.dataSource, world.client, { platform: world.platform, requestedAt: new Date(Date.now() - hoursAgo * 3600 * 1000), ...overrides });
}

export const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600 * 1000);
