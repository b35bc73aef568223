import fs from 'node:fs';
import { In } from 'typeorm';
import { csvPartFor, parseArgumentBaseCsv } from '../../api/modules/argument-base/argument-base.csv';
import { DEMO_ARGUMENT_BASE } from '../../seeds/demo-argument-base-csv';
import { Reply, ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { Client } from '../../api/modules/clients/client.entity';
import { seedDemoData } from '../../seeds/demo';
import { makeApiKey } from '../../seeds/factories';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { useTestApp } from '../helpers/app';

// A database of its own: the demo data must not leak into other tests' expectations.
const app = useTestApp({ ownDatabase: true });

describe('the demo argument base', () => {
  it('is seeded through the importer, approved, once: seeding again writes nothing', async () => {
    await seedDemoData(app.dataSource);
    const clients = await app.dataSource.getRepository(Client).find();
    const csv = fs.readFileSync(DEMO_ARGUMENT_BASE, 'utf8');
    for (const client of clients) {
      // Beside the CSV the demo has worked situations of its own (drafts, retired replies...).
      const keys = parseArgumentBaseCsv(csvPartFor(csv, client.slug), client.slug).rows.map((row) => row.key);
      expect(keys).toHaveLength(22);
      const situations = await app.dataSource.getRepository(Situation).findBy({ clientId: client.id, key: In(keys) });
      expect(situations).toHaveLength(22);
      const replies = await app.dataSource.getRepository(Reply).findBy({ clientId: client.id, situationId: In(situations.map((situation) => situation.id)) });
      expect(replies).toHaveLength(22);
      expect(replies.every((reply) => reply.status === ReplyStatus.APPROVED && reply.approvedAt)).toBe(true);
    }
    const events = await app.dataSource.getRepository(AuditEvent).count();
    expect((await seedDemoData(app.dataSource)).created).toBe(0);
    expect(await app.dataSource.getRepository(AuditEvent).count()).toBe(events);
  });

  it("answers a real-style post of the bank's customers with the approved reply", async () => {
    await seedDemoData(app.dataSource);
    const bank = await app.dataSource.getRepository(Client).findOneByOrFail({ slug: 'bank-severny' });
    const { secret } = await makeApiKey(app.dataSource, bank, [ApiKeyScope.REPLIES_READ]);
    const result = await app.gql(
      '{ matchSituations(input: { text: "Не могу дозвониться на горячую линию уже час, музыка играет и всё" }) { category matches { situation { key } reply { text } } } }',
      {},
      { apiKey: secret },
    );
    expect(result.errors).toBeUndefined();
    const [best] = result.data!.matchSituations.matches;
    expect(best.situation.key).toBe('bank-hotline-wait');
    expect(best.reply.text).toContain('Приносим извинения за долгое ожидание');
    expect(best.reply.text).not.toMatch(/\{(name|brand)\}/);
  });
});
