import type { EntityManager } from 'typeorm';
import { TenantScope } from '../api/auth/tenant-scope';
import type { BriefContent } from '../api/modules/briefs/brief-content';
import { normaliseContent, type DraftContent } from '../api/modules/briefs/brief-content-rules';
import { loadReferences } from '../api/modules/briefs/brief-references';
import { BriefStatus, BriefVersion } from '../api/modules/briefs/brief-version.entity';
import { Brief } from '../api/modules/briefs/brief.entity';
import type { Client } from '../api/modules/clients/client.entity';
import { Platform } from '../api/modules/platforms/platform.entity';
import { User } from '../api/modules/users/user.entity';
import { autoliderBrief } from './demo-brief-autolider';
import { bankBrief, bankBriefRevision } from './demo-brief-bank';
import type { SeedStep } from './demo';

/** How the demo content names the rows it points at: platforms by name, staff by e-mail. */
export interface DemoBriefReferences {
  platformId(name: string): string;
  userId(email: string): string;
}

async function referencesOf(manager: EntityManager, client: Client): Promise<DemoBriefReferences> {
  const platforms = new Map((await manager.findBy(Platform, { clientId: client.id })).map((platform) => [platform.name, platform.id]));
  const users = new Map((await manager.find(User)).map((user) => [user.email, user.id]));
  const known = (map: Map<string, string>, what: string) => (name: string) => {
    const id = map.get(name);
    if (!id) throw new Error(`The demo brief of ${client.slug} names the ${what} "${name}", which the demo data lacks`);
    return id;
  };
  return { platformId: known(platforms, 'platform'), userId: known(users, 'user') };
}

/** The demo content as the API would store it: keys made, every rule of the brief checked. */
async function checkedContent(manager: EntityManager, client: Client, draft: DraftContent): Promise<BriefContent> {
  const { content, problems } = normaliseContent(draft, await loadReferences(new TenantScope(client, manager), draft));
  if (problems.length) throw new Error(`The demo brief of ${client.slug} breaks the brief's rules: ${JSON.stringify(problems)}`);
  return content;
}

const at = (iso: string) => new Date(iso);

/**
 * Approved briefs for both demo clients; the bank also has version 2 waiting for review, so the demo
 * shows the workflow and a diff. A client that already has a brief is left alone.
 */
export const seedBriefs: SeedStep = async (manager, clients) => {
  let created = 0;
  const prId = (await manager.findOneByOrFail(User, { email: 'pr@repbase.demo' })).id;
  for (const [slug, build] of [['autolider', autoliderBrief], ['bank-severny', bankBrief]] as const) {
    const client = clients.get(slug)!;
    if (await manager.existsBy(Brief, { clientId: client.id })) continue;
    const references = await referencesOf(manager, client);
    const { title, content } = build(references);
    const brief = await manager.save(manager.create(Brief, { clientId: client.id, title }));
    const approved = await manager.save(
      manager.create(BriefVersion, {
        clientId: client.id,
        briefId: brief.id,
        number: 1,
        status: BriefStatus.APPROVED,
        title,
        content: await checkedContent(manager, client, content),
        createdAt: at('2026-09-22T11:00:00+03:00'),
        createdById: prId,
        submittedAt: at('2026-09-28T10:00:00+03:00'),
        submittedById: prId,
        approvedAt: at('2026-10-01T09:00:00+03:00'),
        approvedById: prId,
      }),
    );
    created += 2;
    if (slug !== 'bank-severny') continue;
    await manager.save(
      manager.create(BriefVersion, {
        clientId: client.id,
        briefId: brief.id,
        number: 2,
        status: BriefStatus.IN_REVIEW,
        title,
        content: await checkedContent(manager, client, bankBriefRevision(approved.content, references)),
        basedOnVersionId: approved.id,
        replacesVersionId: approved.id,
        createdAt: at('2026-11-14T12:00:00+03:00'),
        createdById: prId,
        submittedAt: at('2026-11-18T16:30:00+03:00'),
        submittedById: prId,
      }),
    );
    created += 1;
  }
  return created;
};
