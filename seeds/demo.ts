import { seedCertification } from './demo-certification';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../api/auth/passwords';
import { Client } from '../api/modules/clients/client.entity';
import { Membership } from '../api/modules/users/membership.entity';
import { User } from '../api/modules/users/user.entity';
import { DEMO_PASSWORD, demoClients, demoUsers } from './demo-people';
import { seedPlatforms } from './demo-platforms';
import { seedArgumentBase } from './demo-argument-base';
import { seedArgumentBaseCsv } from './demo-argument-base-csv';
import { seedBriefs } from './demo-briefs';
import { seedSocialCrm } from './demo-crm';
import { seedKpis } from './demo-kpis';
import { seedReports } from './demo-reports';

export interface SeedResult {
  created: number;
}

/** A step of the demo data; each one creates only what is missing, so seeding twice changes nothing. */
export type SeedStep = (manager: EntityManager, clients: Map<string, Client>) => Promise<number>;

async function seedClients(manager: EntityManager): Promise<{ clients: Map<string, Client>; created: number }> {
  const clients = new Map<string, Client>();
  let created = 0;
  for (const demo of demoClients) {
    let client = await manager.findOneBy(Client, { slug: demo.slug });
    if (!client) {
      client = await manager.save(manager.create(Client, demo));
      created += 1;
    }
    clients.set(demo.slug, client);
  }
  return { clients, created };
}

const seedPeople: SeedStep = async (manager, clients) => {
  let created = 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of demoUsers) {
    let user = await manager.findOneBy(User, { email: demo.email });
    if (!user) {
      user = await manager.save(manager.create(User, { email: demo.email, name: demo.name, passwordHash, isAdmin: Boolean(demo.isAdmin), isActive: true }));
      created += 1;
    }
    for (const { client: slug, role } of demo.roles) {
      const clientId = clients.get(slug)!.id;
      if (!(await manager.existsBy(Membership, { userId: user.id, clientId, role }))) {
        await manager.save(manager.create(Membership, { userId: user.id, clientId, role }));
        created += 1;
      }
    }
  }
  return created;
};

/** Later modules add their demo data here, after the people it refers to. */
export const seedSteps: SeedStep[] = [seedPeople, seedPlatforms, seedBriefs, seedArgumentBaseCsv, seedArgumentBase, seedSocialCrm, seedCertification, seedKpis, seedReports];

/** Loads the Russian demo data: both clients, a user for every role, and what later steps add. */
export async function seedDemoData(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    // One seeding at a time, even when two processes start on the same database.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['repbase-demo-seed']);
    const { clients, created: clientsCreated } = await seedClients(manager);
    let created = clientsCreated;
    for (const step of seedSteps) created += await step(manager, clients);
    return { created };
  });
}
