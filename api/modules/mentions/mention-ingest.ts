import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { actorParameters, AUDIT_INSERT_COLUMNS, auditRowsSql } from '../../common/bulk-audit';
import { isUuid } from '../../common/ids';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Author } from '../authors/author.entity';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { caseDeadline } from '../cases/case-deadline';
import { Case } from '../cases/case.entity';
import { Escalation } from '../escalations/escalation.entity';
import { escalatesAtIngest, planIngestEscalation, type IngestEscalation } from '../escalations/ingest-escalation';
import { Platform } from '../platforms/platform.entity';
import { classifyMentions } from './classify-mentions';
import { cleanMentions, identityKeys, type CleanMention } from './ingest-validation';
import { Mention } from './mention.entity';
import { CHANNEL_COLUMNS, WANTED } from '../notifications/notify';
import type { IngestedMention, IngestResult, MentionInput } from './mention.inputs';
import { recordEvents } from '../webhooks/record-event';
import { WebhookEventType } from '../webhooks/webhook-event-type';

interface KnownRow {
  index: number;
  mention_id: string;
  case_id: string;
}

/** Mentions of the batch already stored, by their position: same platform + external id, or same URL. */
async function findKnown(transaction: TransactionScope, mentions: CleanMention[]): Promise<Map<number, KnownRow>> {
  const rows = (await transaction.tenant.sql(
    `WITH input AS (SELECT * FROM unnest($2::int[], $3::uuid[], $4::text[], $5::text[]) AS i(idx, platform_id, external_id, url))
     SELECT i.idx AS index, m.id AS mention_id, c.id AS case_id
       FROM input i
       JOIN mention m ON m.client_id = $client AND m.platform_id = i.platform_id AND m.external_id = i.external_id AND m.external_id IS NOT NULL
       JOIN mention_case c ON c.mention_id = m.id
     UNION
     SELECT i.idx, m.id, c.id
       FROM input i
       JOIN mention m ON m.client_id = $client AND m.url = i.url AND m.url IS NOT NULL
       JOIN mention_case c ON c.mention_id = m.id`,
    [
      mentions.map((mention) => mention.index),
      mentions.map((mention) => mention.platform.id),
      mentions.map((mention) => mention.externalId),
      mentions.map((mention) => mention.url),
    ],
  )) as KnownRow[];
  return new Map(rows.map((row) => [Number(row.index), row]));
}

/**
 * One statement writes the whole batch: authors (created when new), mentions (skipped when the
 * unique indexes say the post is known, which also settles a race with a concurrent ingest), one
 * case per new mention, the escalations of the cases the base cannot answer, and an audit event for
 * every row created.
 */
function insertBatchSql(transaction: TransactionScope): string {
  const manager = transaction.manager;
  const parameters = { clientId: '$client', actor: ['$18', '$19', '$20', '$21'] as [string, string, string, string] };
  return `
    WITH input AS (
      SELECT * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                           $11::timestamptz[], $12::text[], $13::text[], $14::uuid[], $15::float8[], $16::timestamptz[], $17::text[])
        AS i(mention_id, case_id, platform_id, external_id, url, author_handle, author_key, author_name, text,
             posted_at, sentiment, category, situation_id, match_score, deadline_at, deadline_rule_key)
    ),
    -- Authors already known are read, not written: even a no-op update writes a new row version (and its
    -- WAL, and later vacuum work) for every author of every batch.
    known_authors AS (
      SELECT a.*, false AS inserted FROM author a
      WHERE a.client_id = $client AND (a.platform_id, a.handle_key) IN (SELECT platform_id, author_key FROM input)
    ),
    created_authors AS (
      -- A no-op update instead of DO NOTHING: RETURNING then yields an author a concurrent ingest has just
      -- created too, so every mention finds its author.
      INSERT INTO author (client_id, platform_id, handle, handle_key, name)
      SELECT DISTINCT ON (platform_id, author_key) $client, platform_id, author_handle, author_key, author_name
        FROM input i
        WHERE NOT EXISTS (SELECT 1 FROM known_authors k WHERE k.platform_id = i.platform_id AND k.handle_key = i.author_key)
        ORDER BY platform_id, author_key
      ON CONFLICT (client_id, platform_id, handle_key) DO UPDATE SET handle_key = EXCLUDED.handle_key
      RETURNING author.*, (xmax = 0) AS inserted
    ),
    authors AS (
      SELECT * FROM known_authors UNION ALL SELECT * FROM created_authors
    ),
    new_mentions AS (
      INSERT INTO mention (id, client_id, platform_id, external_id, url, author_id, author_handle, author_name, text, posted_at,
                           sentiment, category, situation_id, match_score, ingested_by_api_key_id, ingested_by_user_id)
      SELECT i.mention_id, $client, i.platform_id, i.external_id, i.url, a.id, i.author_handle, i.author_name, i.text, i.posted_at,
             i.sentiment::sentiment, i.category::consumer_cycle_category, i.situation_id, i.match_score, $20::uuid, $19::uuid
        FROM input i JOIN authors a ON a.platform_id = i.platform_id AND a.handle_key = i.author_key
      -- The same order in every batch: two tools sending overlapping batches take row locks in the same order, not crosswise.
      ORDER BY i.platform_id, i.external_id, i.url
      ON CONFLICT DO NOTHING
      RETURNING *
    ),
    new_cases AS (
      INSERT INTO mention_case (id, client_id, mention_id, platform_id, author_id, status, category, situation_id, match_score,
                                requested_at, deadline_at, deadline_rule_key, mention_sentiment)
      SELECT i.case_id, $client, m.id, m.platform_id, m.author_id, 'NEW', m.category, m.situation_id, m.match_score,
             m.posted_at, i.deadline_at, i.deadline_rule_key, m.sentiment
        FROM new_mentions m JOIN input i ON i.mention_id = m.id
      RETURNING *
    ),
    escalation_input AS (
      SELECT * FROM unnest($22::uuid[], $23::text[], $24::text[], $25::text[], $26::text[], $27::text[], $28::text[], $29::uuid[], $30::timestamptz[])
        AS e(case_id, question, topic, responsible_person_key, assignee_name, assignee_position, assignee_contact, assignee_user_id, due_at)
    ),
    new_escalations AS (
      INSERT INTO escalation (client_id, case_id, status, reason, question, requested_by_id, topic, responsible_person_key,
                              assignee_name, assignee_position, assignee_contact, assignee_user_id, due_at)
      SELECT $client, c.id, 'OPEN', 'NO_APPROVED_REPLY', e.question, NULL, e.topic, e.responsible_person_key,
             e.assignee_name, e.assignee_position, e.assignee_contact, e.assignee_user_id, e.due_at
        FROM new_cases c JOIN escalation_input e ON e.case_id = c.id
      RETURNING *
    ),
    -- Whoever a new question waits with is told in the same statement: its assignee, or the PR specialists.
    notified AS (
      INSERT INTO notification (client_id, user_id, kind, title, body, link, read_at, email_status)
      SELECT $client, recipient.user_id, 'NEW_QUESTION', 'Новый вопрос из мониторинга', left(e.question, 300),
             CASE WHEN e.assignee_user_id IS NULL THEN '/escalations/' || e.id || '/show' ELSE '/my-questions' END, ${CHANNEL_COLUMNS}
        FROM new_escalations e
        CROSS JOIN LATERAL (
          SELECT e.assignee_user_id AS user_id WHERE e.assignee_user_id IS NOT NULL
          UNION SELECT m.user_id FROM membership m WHERE e.assignee_user_id IS NULL AND m.client_id = $client AND m.role = 'PR_SPECIALIST'
        ) recipient
        JOIN "user" person ON person.id = recipient.user_id AND person.is_active
        LEFT JOIN notification_preference preference ON preference.user_id = recipient.user_id AND preference.kind = 'NEW_QUESTION'
       WHERE ${WANTED}
    ),
    audited AS (
      INSERT INTO audit_event ${AUDIT_INSERT_COLUMNS}
      ${auditRowsSql(manager, Author, { source: 'authors', alias: 'a', action: 'CREATE', where: 'a.inserted', parameters })}
      UNION ALL
      ${auditRowsSql(manager, Mention, { source: 'new_mentions', alias: 'm', action: 'INGEST', parameters })}
      UNION ALL
      ${auditRowsSql(manager, Case, { source: 'new_cases', alias: 'c', action: 'OPEN', parameters })}
      UNION ALL
      ${auditRowsSql(manager, Escalation, { source: 'new_escalations', alias: 'e', action: 'CREATE', parameters })}
    )
    SELECT c.mention_id, c.id AS case_id, e.id AS escalation_id FROM new_cases c LEFT JOIN new_escalations e ON e.case_id = c.id`;
}

/**
 * ingestMentions: validates the batch, recognises posts already known, classifies the new ones (one
 * matcher statement for the whole batch), escalates those the base has no answer for, and writes
 * them with their cases in one transaction of a handful of statements, whatever the batch size.
 * Returns, in input order, what was created and what was already known.
 */
export async function ingestMentions(context: RequestContext, input: MentionInput[]): Promise<IngestResult> {
  return context.transaction(async (transaction) => {
    const platformIds = [...new Set(input.map((mention) => mention.platformId).filter(isUuid))];
    const platforms = new Map(
      (platformIds.length ? await transaction.tenant.find(Platform, { where: { id: In(platformIds) } }) : []).map((platform) => [platform.id, platform]),
    );
    const mentions = cleanMentions(input, platforms);

    // A post repeated inside the batch is the same post: the first occurrence stands for it.
    const firstWithKey = new Map<string, number>();
    const repeatOf = new Map<number, number>();
    for (const mention of mentions) {
      const keys = identityKeys(mention);
      const earlier = keys.map((key) => firstWithKey.get(key)).find((index) => index !== undefined);
      if (earlier !== undefined) repeatOf.set(mention.index, earlier);
      else keys.forEach((key) => firstWithKey.set(key, mention.index));
    }
    const distinct = mentions.filter((mention) => !repeatOf.has(mention.index));
    const known = await findKnown(transaction, distinct);
    const fresh = distinct.filter((mention) => !known.has(mention.index));

    const outcome = new Map<number, IngestedMention>();
    for (const [index, row] of known) outcome.set(index, { index, created: false, mentionId: row.mention_id, caseId: row.case_id });
    if (fresh.length) {
      const brief = await loadBriefInForce(transaction.tenant);
      const classifications = await classifyMentions(
        transaction.tenant,
        fresh.map((mention) => ({ platformId: mention.platform.id, platformKind: mention.platform.kind, authorHandle: mention.authorHandle, text: mention.text })),
      );
      const deadlines = fresh.map((mention, position) =>
        caseDeadline(brief?.content.responseDeadlines ?? [], mention.postedAt, mention.platform.kind, classifications[position].category),
      );
      const ids = fresh.map(() => ({ mentionId: randomUUID(), caseId: randomUUID() }));
      const now = new Date();
      const escalations: (IngestEscalation & { caseId: string })[] = [];
      fresh.forEach((mention, position) => {
        const post = { ...classifications[position], text: mention.text, deadlineAt: deadlines[position].deadlineAt };
        if (escalatesAtIngest(post)) escalations.push({ caseId: ids[position].caseId, ...planIngestEscalation(brief?.content ?? null, post, now) });
      });
      const escalationColumn = <T>(pick: (escalation: IngestEscalation & { caseId: string }) => T) => escalations.map(pick);
      const column = <T>(pick: (mention: CleanMention, position: number) => T) => fresh.map(pick);
      const actor = transaction.actor;
      const created = (await transaction.tenant.sql(insertBatchSql(transaction), [
        ids.map((id) => id.mentionId),
        ids.map((id) => id.caseId),
        column((mention) => mention.platform.id),
        column((mention) => mention.externalId),
        column((mention) => mention.url),
        column((mention) => mention.authorHandle),
        column((mention) => mention.authorKey),
        column((mention) => mention.authorName),
        column((mention) => mention.text),
        column((mention) => mention.postedAt),
        column((_mention, position) => classifications[position].sentiment),
        column((_mention, position) => classifications[position].category),
        column((_mention, position) => classifications[position].situationId),
        column((_mention, position) => classifications[position].matchScore),
        column((_mention, position) => deadlines[position].deadlineAt),
        column((_mention, position) => deadlines[position].deadlineRuleKey),
        ...actorParameters(actor),
        escalationColumn((escalation) => escalation.caseId),
        escalationColumn((escalation) => escalation.question),
        escalationColumn((escalation) => escalation.topic),
        escalationColumn((escalation) => escalation.responsiblePersonKey),
        escalationColumn((escalation) => escalation.assigneeName),
        escalationColumn((escalation) => escalation.assigneePosition),
        escalationColumn((escalation) => escalation.assigneeContact),
        escalationColumn((escalation) => escalation.assigneeUserId),
        escalationColumn((escalation) => escalation.dueAt),
      ])) as { mention_id: string; case_id: string; escalation_id: string | null }[];
      await recordEvents(transaction, [
        { type: WebhookEventType.CASE_CREATED, target: Case, ids: created.map((row) => row.case_id) },
        { type: WebhookEventType.ESCALATION_CREATED, target: Escalation, ids: created.flatMap((row) => (row.escalation_id ? [row.escalation_id] : [])) },
      ]);
      const createdCases = new Map(created.map((row) => [row.mention_id, row]));
      fresh.forEach((mention, position) => {
        const row = createdCases.get(ids[position].mentionId);
        if (row) outcome.set(mention.index, { index: mention.index, created: true, mentionId: ids[position].mentionId, caseId: row.case_id, escalationId: row.escalation_id });
      });
      // Posts a concurrent ingest stored between our lookup and our insert: known after all.
      const raced = fresh.filter((mention) => !outcome.has(mention.index));
      if (raced.length) {
        for (const [index, row] of await findKnown(transaction, raced)) outcome.set(index, { index, created: false, mentionId: row.mention_id, caseId: row.case_id });
      }
    }
    for (const [index, earlier] of repeatOf) {
      const first = outcome.get(earlier)!;
      outcome.set(index, { ...first, index, created: false, escalationId: null });
    }
    const results = mentions.map((mention) => outcome.get(mention.index)!);
    const createdCount = results.filter((result) => result.created).length;
    const escalatedCount = results.filter((result) => result.escalationId).length;
    await transaction.record({
      entityType: 'Mention',
      entityId: randomUUID(),
      action: 'INGEST_BATCH',
      after: { sent: input.length, created: createdCount, known: input.length - createdCount, escalated: escalatedCount },
    });
    return { created: createdCount, known: input.length - createdCount, escalated: escalatedCount, mentions: results };
  });
}
