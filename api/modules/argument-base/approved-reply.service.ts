import { notFound } from '../../common/errors';
import type { RequestContext } from '../../context';
import { Platform } from '../platforms/platform.entity';
import { pickReplyFor, type RenderedReply } from './rendered-reply';
import { serveWordings } from './reply-rotation';
import { Reply, ReplyStatus } from './reply.entity';
import { Situation } from './situation.entity';

export interface ApprovedReplyArgs {
  situationKey: string;
  platformId?: string | null;
  authorHandle?: string | null;
  authorName?: string | null;
}

/** "@Ivan_Petrov " and "ivan_petrov" are the same person on a platform. */
export function normaliseHandle(handle: string | null | undefined): string | null {
  const normalised = handle?.trim().replace(/^@+/, '').toLowerCase();
  return normalised ? normalised : null;
}

/**
 * The approved reply to a situation, for a platform and an author: placeholders filled and the next
 * wording in turn, so the same author is never sent the same words twice in a row. Null when the
 * situation has no approved reply (for this platform's kind); NOT_FOUND for an unknown key.
 */
export async function serveApprovedReply(context: RequestContext, args: ApprovedReplyArgs): Promise<RenderedReply | null> {
  const situation = await context.tenant.findOne(Situation, { where: { key: args.situationKey.trim() } });
  if (!situation) throw notFound('Situation', args.situationKey);
  const platform = args.platformId ? await context.tenant.get(Platform, args.platformId) : null;
  if (situation.isArchived) return null;
  const replies = await context.tenant.find(Reply, { where: { situationId: situation.id, status: ReplyStatus.APPROVED } });
  const reply = pickReplyFor(replies, platform?.kind ?? null);
  if (!reply) return null;

  const to = { platformId: platform?.id ?? null, authorHandle: normaliseHandle(args.authorHandle) };
  const values = { name: args.authorName, brand: context.client.brandName };
  // The delivery log is the record of what was served; auditing each served reply would only repeat it.
  return context.transaction(async ({ tenant }) => (await serveWordings(tenant, [{ reply, to, values }]))[0]);
}
