import { In } from 'typeorm';
import type { TenantScope } from '../../auth/tenant-scope';
import type { RequestContext } from '../../context';
import { replyOfRow } from './argument-base-import.service';
import { visibleReplyStatuses } from './reply.service';
import { writeArgumentBaseCsv } from './argument-base.csv';
import { Reply, ReplyStatus } from './reply.entity';
import { ExampleSource, SituationExample } from './situation-example.entity';
import { Situation } from './situation.entity';

/**
 * The client's base in the public CSV format, so that importing it gives the same base back:
 * archived situations are left out (an import never archives), only CURATED examples are written
 * (confirmed ones are real posts, not phrasings a person wrote) in alphabetical order (an import
 * treats them as a set, so a file exports the same every time), and each row carries the reply an
 * import would update. A situation with no reply but ones for particular platform kinds is written
 * with its newest unretired reply; one with no reply at all cannot be a CSV row and is skipped.
 */
export async function exportBase(tenant: TenantScope, replyStatuses: ReplyStatus[] = Object.values(ReplyStatus)): Promise<string> {
  const situations = await tenant.find(Situation, { where: { isArchived: false }, order: { key: 'ASC' } });
  const ids = situations.map((situation) => situation.id);
  const [examples, replies] = ids.length
    ? await Promise.all([
        tenant.find(SituationExample, { where: { situationId: In(ids), source: ExampleSource.CURATED }, order: { createdAt: 'ASC', id: 'ASC' } }),
        tenant.find(Reply, { where: { situationId: In(ids), status: In(replyStatuses) }, order: { createdAt: 'DESC' } }),
      ])
    : [[], []];
  const rows = situations.flatMap((situation) => {
    const own = replies.filter((reply) => reply.situationId === situation.id);
    const reply = replyOfRow(own) ?? own.find((candidate) => candidate.status !== ReplyStatus.RETIRED);
    if (!reply) return [];
    return [
      {
        key: situation.key,
        title: situation.title,
        category: situation.category,
        examples: examples
          .filter((example) => example.situationId === situation.id)
          .map((example) => example.text)
          .sort((left, right) => left.localeCompare(right, 'ru')),
        reply: reply.text,
        topic: situation.topic,
      },
    ];
  });
  return writeArgumentBaseCsv(tenant.client.slug, rows);
}

/** The export holds the replies allReplies shows the same caller: a responsible person gets no drafts. */
export function exportArgumentBase(context: RequestContext): Promise<string> {
  return exportBase(context.tenant, visibleReplyStatuses(context));
}
