import type { TenantScope } from '../../auth/tenant-scope';
import { renderReply, wordingsOf, type RenderedReply } from './rendered-reply';
import type { Reply } from './reply.entity';

/**
 * "Don't be a robot": a person is never sent the same words twice in a row. Every road that hands an
 * approved reply to someone (approvedReply, matchSituations given an author, a case's suggestion)
 * picks the wording here, from the delivery log, and records what it served the same way.
 */

export type ReplyWordings = Pick<Reply, 'id' | 'revision' | 'text' | 'variants' | 'theses'>;

/** Who a reply is for: the platform and author (handle normalised), and the case when there is one. */
export interface Addressee {
  platformId: string | null;
  authorHandle: string | null;
  caseId?: string | null;
}

interface LastDelivery {
  variantIndex: number;
  text: string;
}

interface DeliveryHistory {
  /** What this case was already given: a case keeps its words across reloads. */
  forCase: LastDelivery | null;
  toAuthor: LastDelivery | null;
  onPlatform: LastDelivery | null;
}

/**
 * The last wordings served, for several replies at once, in one statement: to the case, to the
 * author on the platform, and (for an author never answered with it) to anybody on the platform, so
 * a thread does not show every newcomer the same words either.
 */
async function deliveryHistories(tenant: TenantScope, items: { reply: ReplyWordings; to: Addressee }[]): Promise<DeliveryHistory[]> {
  if (!items.length) return [];
  const last = (condition: string) => `(SELECT json_build_object('variantIndex', d.variant_index, 'text', d.text) FROM reply_delivery d
      WHERE d.client_id = $client AND d.reply_id = item.reply_id AND ${condition} ORDER BY d.created_at DESC, d.id DESC LIMIT 1)`;
  const samePlatform = 'd.platform_id IS NOT DISTINCT FROM item.platform_id';
  const rows = (await tenant.sql(
    `SELECT item.position,
       ${last('item.case_id IS NOT NULL AND d.case_id = item.case_id')} AS for_case,
       ${last(`${samePlatform} AND d.author_handle IS NOT DISTINCT FROM item.author_handle`)} AS to_author,
       ${last(samePlatform)} AS on_platform
     FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[]) WITH ORDINALITY AS item(reply_id, platform_id, author_handle, case_id, position)
     ORDER BY item.position`,
    [
      items.map(({ reply }) => reply.id),
      items.map(({ to }) => to.platformId),
      items.map(({ to }) => to.authorHandle),
      items.map(({ to }) => to.caseId ?? null),
    ],
  )) as { for_case: LastDelivery | null; to_author: LastDelivery | null; on_platform: LastDelivery | null }[];
  return rows.map((row) => ({ forCase: row.for_case, toAuthor: row.to_author, onPlatform: row.on_platform }));
}

function nextWording(reply: ReplyWordings, history: DeliveryHistory, values: { name?: string | null; brand: string }): RenderedReply {
  const wordings = wordingsOf(reply);
  if (history.forCase) return renderReply(reply, history.forCase.variantIndex % wordings.length, values);
  const previous = history.toAuthor ?? history.onPlatform;
  let rendered = renderReply(reply, previous ? (previous.variantIndex + 1) % wordings.length : 0, values);
  // After a rewording the next index can hold the very words sent last time: move on once more.
  for (let step = 1; history.toAuthor && rendered.text === history.toAuthor.text && step < wordings.length; step += 1) {
    rendered = renderReply(reply, (rendered.variantIndex + 1) % wordings.length, values);
  }
  return rendered;
}

/** The wording each addressee gets next, without recording anything (a case page being read). */
export async function nextWordings(
  tenant: TenantScope,
  items: { reply: ReplyWordings; to: Addressee; values: { name?: string | null; brand: string } }[],
): Promise<RenderedReply[]> {
  const histories = await deliveryHistories(tenant, items);
  return items.map((item, index) => nextWording(item.reply, histories[index], item.values));
}

/** Writes what was served, in one statement. */
export async function recordDeliveries(
  tenant: TenantScope,
  served: { reply: Pick<Reply, 'id' | 'situationId'>; to: Addressee; rendered: RenderedReply }[],
): Promise<void> {
  if (!served.length) return;
  // clock_timestamp(), not now(): deliveries must be ordered as served, not as their transactions began.
  await tenant.sql(
    `INSERT INTO reply_delivery (client_id, reply_id, situation_id, platform_id, author_handle, case_id, revision, variant_index, text, created_at)
     SELECT $client, item.reply_id, item.situation_id, item.platform_id, item.author_handle, item.case_id, item.revision, item.variant_index, item.text, clock_timestamp()
     FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::uuid[], $7::int[], $8::int[], $9::text[])
       AS item(reply_id, situation_id, platform_id, author_handle, case_id, revision, variant_index, text)`,
    [
      served.map(({ reply }) => reply.id),
      served.map(({ reply }) => reply.situationId),
      served.map(({ to }) => to.platformId),
      served.map(({ to }) => to.authorHandle),
      served.map(({ to }) => to.caseId ?? null),
      served.map(({ rendered }) => rendered.revision),
      served.map(({ rendered }) => rendered.variantIndex),
      served.map(({ rendered }) => rendered.text),
    ],
  );
}

/**
 * Serves the next wordings and records them, inside the caller's transaction. Calls for the same
 * author and reply take turns (advisory locks, taken in one order), so two at once cannot both pick
 * the same next wording.
 */
export async function serveWordings(
  tenant: TenantScope,
  items: { reply: ReplyWordings & Pick<Reply, 'situationId'>; to: Addressee; values: { name?: string | null; brand: string } }[],
): Promise<RenderedReply[]> {
  if (!items.length) return [];
  const keys = [...new Set(items.map(({ reply, to }) => `reply-delivery:${reply.id}:${to.platformId ?? '-'}:${to.authorHandle ?? '-'}`))].sort();
  await tenant.manager.query('SELECT pg_advisory_xact_lock(hashtextextended(key, 0)) FROM (SELECT unnest($1::text[]) AS key ORDER BY 1) AS ordered', [keys]);
  const rendered = await nextWordings(tenant, items);
  await recordDeliveries(
    tenant,
    items.map((item, index) => ({ reply: item.reply, to: item.to, rendered: rendered[index] })),
  );
  return rendered;
}
