import type { EntityManager } from 'typeorm';
import { Author } from '../api/modules/authors/author.entity';
import { loadBriefInForce } from '../api/modules/briefs/brief-in-force';
import { CaseStory, CaseStoryStatus } from '../api/modules/case-stories/case-story.entity';
import { writeCaseStory } from '../api/modules/case-stories/story-writer';
import { caseDeadline } from '../api/modules/cases/case-deadline';
import { CaseStatus, FINAL_STATUSES } from '../api/modules/cases/case-status';
import { CaseTransition } from '../api/modules/cases/case-transition.entity';
import { Case } from '../api/modules/cases/case.entity';
import { Reaction } from '../api/modules/cases/reaction.entity';
import { routeEscalation } from '../api/modules/escalations/escalation-routing';
import { Escalation, EscalationReason, EscalationStatus } from '../api/modules/escalations/escalation.entity';
import { escalatesAtIngest, planIngestEscalation } from '../api/modules/escalations/ingest-escalation';
import { Mention } from '../api/modules/mentions/mention.entity';
import { classifyMentions, type MentionClassification } from '../api/modules/mentions/classify-mentions';
import { TenantScope } from '../api/auth/tenant-scope';
import type { Client } from '../api/modules/clients/client.entity';
import { Platform } from '../api/modules/platforms/platform.entity';
import { OfficialAccount } from '../api/modules/representatives/official-account.entity';
import { Representative } from '../api/modules/representatives/representative.entity';
import { User } from '../api/modules/users/user.entity';
import type { SeedStep } from './demo';
import { demoAccounts, demoMentions, type DemoMention } from './demo-mentions';

const HOUR = 3_600_000;
/** Who answers escalations in the demo when the brief in force names nobody for the topic. */
const DEMO_RESPONSIBLE: Record<string, string> = { autolider: 'responsible@repbase.demo', 'bank-severny': 'lawyer@repbase.demo' };

/** "Олег Кузнецов (руководитель сервиса)" → name and position. */
function splitName(name: string): { name: string; position: string | null } {
  const match = /^(.*?)\s*\((.*)\)$/.exec(name);
  return match ? { name: match[1], position: match[2] } : { name, position: null };
}

async function seedRepresentative(manager: EntityManager, client: Client, userId: string, platforms: Map<string, Platform>) {
  let created = 0;
  let representative = await manager.findOneBy(Representative, { clientId: client.id, userId });
  if (!representative) {
    representative = await manager.save(manager.create(Representative, { clientId: client.id, userId, note: 'Будни 9:00–19:00, выходные — дежурство', isActive: true }));
    created += 1;
  }
  const accounts = new Map<string, OfficialAccount>();
  for (const demo of demoAccounts[client.slug] ?? []) {
    const platform = platforms.get(demo.platform);
    if (!platform) continue;
    let account = await manager.findOneBy(OfficialAccount, { platformId: platform.id, handle: demo.handle });
    if (!account) {
      const { platform: _name, ...fields } = demo;
      account = await manager.save(manager.create(OfficialAccount, { ...fields, clientId: client.id, representativeId: representative.id, platformId: platform.id, isActive: true }));
      created += 1;
    }
    accounts.set(platform.id, account);
  }
  return { representative, accounts, created };
}

/**
 * One demo mention with its case, the moves it went through, the posts, the result, an escalation.
 * Category, situation and score come from `classified`: what ingest's classification made of the post.
 */
async function seedMention(
  manager: EntityManager,
  client: Client,
  demo: DemoMention,
  classified: MentionClassification,
  context: { platform: Platform; account: OfficialAccount | undefined; representative: User; responsible: User | null },
): Promise<number> {
  const { platform, account, representative, responsible } = context;
  const now = Date.now();
  const postedAt = new Date(now - demo.hoursAgo * HOUR);
  const handleKey = demo.authorHandle.toLowerCase();
  const author =
    (await manager.findOneBy(Author, { clientId: client.id, platformId: platform.id, handleKey })) ??
    (await manager.save(manager.create(Author, { clientId: client.id, platformId: platform.id, handle: demo.authorHandle, handleKey, name: demo.authorName, notes: null })));
  const mention = await manager.save(
    manager.create(Mention, {
      clientId: client.id,
      platformId: platform.id,
      externalId: demo.externalId,
      url: `${platform.url ?? 'https://example.test'}/${demo.externalId}`,
      authorId: author.id,
      authorHandle: demo.authorHandle,
      authorName: demo.authorName,
      text: demo.text,
      postedAt,
      sentiment: classified.sentiment,
      category: classified.category,
      situationId: classified.situationId,
      matchScore: classified.matchScore,
      ingestedByApiKeyId: null,
      ingestedByUserId: null,
    }),
  );
  const brief = await loadBriefInForce(new TenantScope(client, manager));
  const reactions = (account ? (demo.reactions ?? []) : []).map((reaction) => ({ ...reaction, postedAt: new Date(postedAt.getTime() + reaction.hoursAfter * HOUR) }));
  const status = demo.path[demo.path.length - 1] ?? CaseStatus.NEW;
  const lastStep = reactions.length ? reactions[reactions.length - 1].postedAt.getTime() : postedAt.getTime() + HOUR;
  const finishedAt = FINAL_STATUSES.includes(status) ? new Date(Math.min(now, lastStep + HOUR)) : null;
  const caseRow = await manager.save(
    manager.create(Case, {
      clientId: client.id,
      mentionId: mention.id,
      platformId: platform.id,
      authorId: author.id,
      status,
      category: classified.category,
      situationId: classified.situationId,
      matchScore: classified.matchScore,
      requestedAt: postedAt,
      ...caseDeadline(brief?.content.responseDeadlines ?? [], postedAt, platform.kind, classified.category),
      representativeUserId: demo.path.length ? representative.id : null,
      firstResponseAt: reactions[0]?.postedAt ?? null,
      finishedAt,
      resolved: demo.result?.resolved ?? (status === CaseStatus.CLOSED ? false : null),
      positiveFeedback: demo.result?.positiveFeedback ?? false,
      siteVisit: demo.result?.siteVisit ?? false,
      promoUsed: demo.result?.promoUsed ?? false,
      resultNote: demo.result?.note ?? null,
    }),
  );
  let created = 3;
  let from = CaseStatus.NEW;
  for (const [index, to] of demo.path.entries()) {
    const at = to === CaseStatus.ANSWERED && reactions[0] ? reactions[0].postedAt : new Date(Math.min(now, postedAt.getTime() + (index + 1) * HOUR));
    await manager.save(manager.create(CaseTransition, { clientId: client.id, caseId: caseRow.id, fromStatus: from, toStatus: to, note: null, actorUserId: representative.id, actorLabel: representative.email, createdAt: at }));
    from = to;
    created += 1;
  }
  for (const reaction of reactions) {
    await manager.save(
      manager.create(Reaction, {
        clientId: client.id,
        caseId: caseRow.id,
        platformId: platform.id,
        userId: representative.id,
        officialAccountId: account!.id,
        replyId: null,
        replyRevision: null,
        situationId: null,
        text: reaction.text,
        postedAt: reaction.postedAt,
        postUrl: null,
      }),
    );
    created += 1;
  }
  if (demo.escalation) {
    const person = routeEscalation(brief?.content ?? null, demo.escalation.topic, classified.category);
    const fallback = responsible ? { ...splitName(responsible.name), userId: responsible.id, contact: responsible.email } : null;
    await manager.save(
      manager.create(Escalation, {
        clientId: client.id,
        caseId: caseRow.id,
        status: EscalationStatus.OPEN,
        reason: EscalationReason.NO_APPROVED_REPLY,
        question: demo.escalation.question,
        requestedById: representative.id,
        topic: demo.escalation.topic,
        responsiblePersonKey: person?.key ?? null,
        assigneeName: person?.name ?? fallback?.name ?? 'PR-специалист',
        assigneePosition: person?.position ?? fallback?.position ?? null,
        assigneeContact: person?.contact ?? fallback?.contact ?? null,
        assigneeUserId: person ? person.userId : (fallback?.userId ?? null),
        dueAt: new Date(now + (person?.answerWithinHours ?? 24) * HOUR),
      }),
    );
    created += 1;
  } else {
    // A case nobody has worked yet stands as ingest left it, escalated when the base has no answer for it.
    const post = { ...classified, text: demo.text, deadlineAt: caseRow.deadlineAt };
    if (demo.path.length === 0 && escalatesAtIngest(post)) {
      const planned = planIngestEscalation(brief?.content ?? null, post, new Date(now));
      await manager.save(manager.create(Escalation, { clientId: client.id, caseId: caseRow.id, status: EscalationStatus.OPEN, reason: EscalationReason.NO_APPROVED_REPLY, requestedById: null, ...planned }));
      created += 1;
    }
  }
  if (demo.story && status === CaseStatus.RESOLVED) {
    const story = writeCaseStory({
      brand: client.brandName,
      platform: { name: platform.name, kind: platform.kind, audience: platform.audience },
      author: { handle: author.handle, name: author.name },
      request: { text: demo.text, postedAt, category: classified.category },
      reaction: {
        firstText: reactions[0]?.text ?? null,
        firstResponseAt: reactions[0]?.postedAt ?? null,
        posts: reactions.length,
        deadlineHours: caseRow.deadlineAt ? Math.round((caseRow.deadlineAt.getTime() - postedAt.getTime()) / HOUR) : null,
        movedToPrivate: demo.path.includes(CaseStatus.MOVED_TO_PRIVATE),
      },
      escalation: null,
      result: { resolved: true, finishedAt, positiveFeedback: Boolean(demo.result?.positiveFeedback), siteVisit: Boolean(demo.result?.siteVisit), promoUsed: Boolean(demo.result?.promoUsed), note: demo.result?.note ?? null },
    });
    await manager.save(manager.create(CaseStory, { clientId: client.id, caseId: caseRow.id, ...story, status: CaseStoryStatus.DRAFT, publishedAt: null, publishedById: null }));
    created += 1;
  }
  return created;
}

/**
 * The social-CRM demo: the representative's official accounts on the demo platforms, Russian
 * mentions with cases in every state, posts, results, a case story and open escalations. Each post
 * is classified as ingest classifies it (category, situation, score, and an escalation when the base
 * has no answer for a case nobody has worked yet); deadlines come from the brief in force for that
 * category.
 */
export const seedSocialCrm: SeedStep = async (manager, clients) => {
  let created = 0;
  const representative = await manager.findOneBy(User, { email: 'representative@repbase.demo' });
  if (!representative) return 0;
  for (const [slug, mentions] of Object.entries(demoMentions)) {
    const client = clients.get(slug);
    if (!client) continue;
    const platforms = new Map((await manager.findBy(Platform, { clientId: client.id })).map((platform) => [platform.name, platform]));
    const seeded = await seedRepresentative(manager, client, representative.id, platforms);
    created += seeded.created;
    const responsible = await manager.findOneBy(User, { email: DEMO_RESPONSIBLE[slug] });
    const missing: { demo: DemoMention; platform: Platform }[] = [];
    for (const demo of mentions) {
      const platform = platforms.get(demo.platform);
      if (platform && !(await manager.existsBy(Mention, { clientId: client.id, platformId: platform.id, externalId: demo.externalId }))) missing.push({ demo, platform });
    }
    // Classified as ingest classifies a batch: the demo argument base is seeded before this step.
    const classifications = await classifyMentions(
      new TenantScope(client, manager),
      missing.map(({ demo, platform }) => ({ platformId: platform.id, platformKind: platform.kind, authorHandle: demo.authorHandle, text: demo.text })),
    );
    for (const [index, { demo, platform }] of missing.entries()) {
      created += await seedMention(manager, client, demo, classifications[index], { platform, account: seeded.accounts.get(platform.id), representative, responsible });
    }
  }
  return created;
};
