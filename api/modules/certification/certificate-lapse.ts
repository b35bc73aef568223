import { clock } from '../../common/clock';
import type { TransactionScope } from '../../common/transaction-scope';
import type { Reply } from '../argument-base/reply.entity';
import { Situation } from '../argument-base/situation.entity';
import type { BriefContent, BriefSection } from '../briefs/brief-content';
import { platformNames } from '../briefs/brief-references';
import type { BriefVersion } from '../briefs/brief-version.entity';
import { CertificateRefresh } from './certificate-refresh.entity';
import { Quiz } from './quiz.entity';
import { recordEvents } from '../webhooks/record-event';
import { WebhookEventType } from '../webhooks/webhook-event-type';
import { Certificate } from './certificate.entity';
import { changedBriefSections } from './source-changes';

/**
 * Certificates whose source changed are flagged NEEDS_REFRESH, in the transaction that changes the
 * source, so a certificate never reads valid against a standard it was not tested on. The quiz's
 * pool is what it draws from: its approved questions in its categories or with its tags.
 */

const QUIZ_POOL = `
  question.client_id = quiz.client_id AND question.status = 'APPROVED'
  AND (question.category_id = ANY(quiz.category_ids) OR question.tags && quiz.tags)`;

/** Flags every certificate of a quiz with one change, once per change (change_key). */
async function flagQuiz(transaction: TransactionScope, quizId: string, changes: string, changeKey: string, refs: { briefVersionId?: string; replyId?: string; replyRevision?: number }) {
  const flagged = await transaction.tenant.sql<{ id: string; certificate_id: string }>(
    `INSERT INTO certificate_refresh (client_id, certificate_id, quiz_id, flagged_at, changes, change_key, brief_version_id, reply_id, reply_revision)
     SELECT $client, certificate.id, certificate.quiz_id, $8::timestamptz, $3, $4, $5, $6, $7
     FROM certificate WHERE certificate.client_id = $client AND certificate.quiz_id = $2
     ON CONFLICT (certificate_id, change_key) DO NOTHING
     RETURNING id, certificate_id`,
    [quizId, changes, changeKey, refs.briefVersionId ?? null, refs.replyId ?? null, refs.replyRevision ?? null, clock.now()],
  );
  if (flagged.length) {
    await transaction.record({ entityType: 'Quiz', entityId: quizId, action: 'CERTIFICATES_NEED_REFRESH', before: null, after: { changes, certificates: flagged.length } });
    // Tools following certification learn that these certificates will lapse after the grace period.
    await recordEvents(transaction, [{ type: WebhookEventType.CERTIFICATE_LAPSING, target: Certificate, ids: flagged.map((row) => row.certificate_id) }]);
  }
  return flagged.length;
}

/**
 * A new brief version came into force (`previous`: the content it replaces, null for the first):
 * the certificates of every certifying quiz drawing on a section it changed are flagged, with what
 * changed in those sections. A section the quiz does not draw from flags nothing.
 */
export async function flagCertificatesForBrief(transaction: TransactionScope, previous: BriefContent | null, approved: BriefVersion): Promise<number> {
  const platforms = await platformNames(transaction.tenant, [previous ?? {}, approved.content]);
  const changed = changedBriefSections(previous, approved.content, platforms);
  if (changed.size === 0) return 0;
  const quizzes = await transaction.tenant.sql<{ quiz_id: string; sections: BriefSection[] }>(
    `SELECT quiz.id AS quiz_id, array_agg(DISTINCT question.source_brief_section) AS sections
     FROM quiz JOIN question ON ${QUIZ_POOL}
     WHERE quiz.client_id = $client AND quiz.certifying AND question.source_brief_id = $2 AND question.source_brief_section = ANY($3::text[])
     GROUP BY quiz.id`,
    [approved.briefId, [...changed.keys()]],
  );
  let flagged = 0;
  for (const { quiz_id: quizId, sections } of quizzes) {
    const changes = [`ТЗ, версия ${approved.number}`, ...[...changed].filter(([section]) => sections.includes(section)).map(([, summary]) => summary)].join('. ');
    flagged += await flagQuiz(transaction, quizId, changes, `brief:${approved.id}`, { briefVersionId: approved.id });
  }
  return flagged;
}

/**
 * A reply got a new approved revision: the certificates of every certifying quiz with a question made
 * from, or quoting, an older revision of it are flagged.
 */
export async function flagCertificatesForReply(transaction: TransactionScope, reply: Reply): Promise<number> {
  // A first revision replaces nothing any question could have been made from.
  if (reply.revision <= 1) return 0;
  const quizzes = await transaction.tenant.sql<{ quiz_id: string }>(
    `WITH older AS (
       SELECT id::text AS id FROM reply_revision WHERE client_id = $client AND reply_id = $2 AND revision < $3
     )
     SELECT DISTINCT quiz.id AS quiz_id
     FROM quiz JOIN question ON ${QUIZ_POOL}
     LEFT JOIN question_generation origin ON origin.question_id = question.id AND origin.client_id = $client
     WHERE quiz.client_id = $client AND quiz.certifying AND (
       (origin.reply_id = $2 AND origin.reply_revision < $3)
       OR question.source_reply_revision_id::text IN (SELECT id FROM older)
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(question.choices) choice WHERE choice->>'replyRevisionId' IN (SELECT id FROM older))
     )`,
    [reply.id, reply.revision],
  );
  if (quizzes.length === 0) return 0;
  const { title } = await transaction.tenant.get(Situation, reply.situationId);
  let flagged = 0;
  for (const { quiz_id: quizId } of quizzes) {
    const changes = `Аргументарная база: новая редакция ответа на ситуацию «${title}» (редакция ${reply.revision})`;
    flagged += await flagQuiz(transaction, quizId, changes, `reply:${reply.id}:${reply.revision}`, { replyId: reply.id, replyRevision: reply.revision });
  }
  return flagged;
}
