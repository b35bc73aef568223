import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { Case } from '../cases/case.entity';
import { Platform } from '../platforms/platform.entity';
import { Representative } from '../representatives/representative.entity';
import { CLIENT_STAFF } from '../users/role';
import { requiredQuizFor } from './certification-requirement';
import { CaseCertification, certificationStatuses, CertificationStatusEntry, VALID_STATUSES } from './certification-status';
import type { BriefInForce } from '../briefs/brief-content';

/** A page of representatives costs one statement for all their statuses. */
function statusesOfRepresentatives(context: RequestContext) {
  return context.loaders.custom<CertificationStatusEntry[]>('certificationsByRepresentative', async (ids) => {
    const entries = await certificationStatuses(context.tenant, { representativeIds: [...ids] });
    return ids.map((id) => entries.filter((entry) => entry.representativeId === id));
  });
}

function statusesOfUsers(context: RequestContext) {
  return context.loaders.custom<CertificationStatusEntry[]>('certificationsByUser', async (ids) => {
    const entries = await certificationStatuses(context.tenant, { userIds: [...ids] });
    return ids.map((id) => entries.filter((entry) => entry.userId === id));
  });
}

/** The brief in force, read once per request however many cases ask. */
const briefOf = (context: RequestContext) =>
  context.loaders
    .custom<BriefInForce | null>('briefInForce', async (keys) => {
      const brief = await loadBriefInForce(context.tenant);
      return keys.map(() => brief);
    })
    .load('in-force');

@Resolver(() => Representative)
export class RepresentativeCertificationResolver {
  @Authorized(CLIENT_STAFF)
  @FieldResolver(() => [CertificationStatusEntry], { description: 'Their standing on every certifying quiz of the client (NONE where they have no certificate).' })
  certifications(@Root() representative: Representative, @Ctx() context: RequestContext): Promise<CertificationStatusEntry[]> {
    return statusesOfRepresentatives(context).load(representative.id);
  }
}

@Resolver(() => Case)
export class CaseCertificationResolver {
  @Authorized(CLIENT_STAFF)
  @FieldResolver(() => CaseCertification, {
    description: "The certification of the case's representative (else of the representative reading it): every certifying quiz, and the one the brief requires to post on the case's platform.",
  })
  async certification(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<CaseCertification> {
    const userId = caseRow.representativeUserId ?? context.user.id;
    const [statuses, platform, brief] = [
      await statusesOfUsers(context).load(userId),
      await context.loaders.byId(Platform).load(caseRow.platformId),
      await briefOf(context),
    ];
    const requiredQuizId = platform ? requiredQuizFor(brief?.content.postingRules ?? [], platform) : null;
    const required = statuses.find((entry) => entry.quizId === requiredQuizId) ?? null;
    return { userId, requiredQuizId, required, statuses, mayPost: !requiredQuizId || Boolean(required && VALID_STATUSES.includes(required.status)) };
  }
}
