import type { TenantScope } from '../../auth/tenant-scope';
import { notFound } from '../../common/errors';
import type { RequestContext } from '../../context';
import { Platform } from '../platforms/platform.entity';
import { pickReplyFor, renderReply, wordingsOf, type RenderedReply } from './rendered-reply';
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

interface LastDelivery {
  variantIndex: number;
  text: string;
}

/**
 * The last wording this author was sent for this reply on this platform, and, for an author never
 * answered with it, the last one anybody on the platform was sent (so a thread does not show the
 * same words to every newcomer either).
 */
async function lastDeliveries(
  tenant: TenantScope,
  where: { replyId: string; platformId: string | null; authorHandle: string | null },
): Promise<{ toAuthor: LastDelivery | null; onPlatform: LastDelivery | null }> {
  // $1 is the client (TenantScope.sql), $2 the reply.
  const parameters: unknown[] = [null, where.replyId];
  const equals = (column: string, value: string | null) => (value === null ? `${column} IS NULL` : `${column} = $${parameters.push(value)}`);
  const platform = equals('platform_id', where.platformId);
  const author = equals('author_handle', where.authorHandle);
  const last = (condition: string) => `(SELECT json_build_object('variantIndex', variant_index, 'text', text) FROM reply_delivery
    WHERE client_id = $client AND reply_id = $2 AND ${condition} ORDER BY created_at DESC, id DESC LIMIT 1)`;
  const [row] = (await tenant.sql(`SELECT ${last(`${platform} AND ${author}`)} AS to_author, ${last(platform)} AS on_platform`, parameters.slice(1))) as {
    to_author: LastDelivery | null;
    on_platform: LastDelivery | null;
  }[];
  return { toAuthor: row.to_author, onPlatform: row.on_platform };
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

  const authorHandle = normaliseHandle(args.authorHandle);
  const platformId = platform?.id ?? null;
  const values = { name: args.authorName, brand: context.client.brandName };
  const wordings = wordingsOf(reply);
  // The delivery log is the record of what was served; auditing each served reply would only repeat it.
  return context.transaction(async ({ manager, tenant }) => {
    // Calls for the same author and reply take turns, so two at once cannot both pick the same next wording.
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`reply-delivery:${reply.id}:${platformId ?? '-'}:${authorHandle ?? '-'}`]);
    const { toAuthor, onPlatform } = await lastDeliveries(tenant, { replyId: reply.id, platformId, authorHandle });
    const previous = toAuthor ?? onPlatform;
    let rendered = renderReply(reply, previous ? (previous.variantIndex + 1) % wordings.length : 0, values);
    // After a rewording the next index can hold the very words sent last time: move on once more.
    for (let step = 1; toAuthor && rendered.text === toAuthor.text && step < wordings.length; step += 1) {
      rendered = renderReply(reply, (rendered.variantIndex + 1) % wordings.length, values);
    }
    // clock_timestamp(), not now(): deliveries must be ordered as served, not as their transactions began.
    await tenant.sql(
      `INSERT INTO reply_delivery (client_id, reply_id, situation_id, platform_id, author_handle, revision, variant_index, text, created_at)
       VALUES ($client, $2, $3, $4, $5, $6, $7, $8, clock_timestamp())`,
      [reply.id, situation.id, platformId, authorHandle, reply.revision, rendered.variantIndex, rendered.text],
    );
    return rendered;
  });
}
