import { Brackets, DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { entities } from '../../api/database/entities';
import { SnakeNamingStrategy } from '../../api/database/naming-strategy';
import { cachedQueryAndParameters } from '../../api/database/query-text';
import { ApiKey } from '../../api/modules/api-keys/api-key.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';

// Metadata only: building SQL text needs no connection.
const dataSource = new DataSource({ type: 'postgres', entities, namingStrategy: new SnakeNamingStrategy() });
beforeAll(() => (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas());

function keysOf(clientId: string, options: { revoked?: boolean; q?: string; ids?: string[]; page?: number } = {}): SelectQueryBuilder<ObjectLiteral> {
  const query = dataSource.manager.createQueryBuilder(ApiKey, 'key').where('key.clientId = :tenantClientId', { tenantClientId: clientId });
  if (options.ids) query.andWhere('key.id = ANY(:ids)', { ids: options.ids });
  if (options.q) query.andWhere('(key.name ILIKE :q OR key.prefix ILIKE :q)', { q: options.q });
  if (options.revoked !== undefined) query.andWhere(options.revoked ? 'key.revokedAt IS NOT NULL' : 'key.revokedAt IS NULL');
  query.select('row_to_json("key")', 'row');
  return query.orderBy('key.createdAt', 'DESC').addOrderBy('key.id', 'ASC').offset((options.page ?? 0) * 25).limit(25);
}

/** What TypeORM itself sends for the builder, built from scratch. */
const typeormSends = (query: SelectQueryBuilder<ObjectLiteral>) => query.getQueryAndParameters();

describe('the SQL text of a list query, built once per shape', () => {
  it('is what TypeORM would send, with each call\'s own values bound, for every shape of the api key list', () => {
    const shapes = [
      {},
      { revoked: true },
      { revoked: false, q: '%bot%' },
      { ids: ['b8d0c9a4-2f4e-4b8e-9b1a-0d6f1c2e3a4b'], q: '%x%', page: 2 },
    ];
    for (const shape of shapes) {
      for (const clientId of ['client-a', 'client-b', 'client-a']) {
        expect(cachedQueryAndParameters(keysOf(clientId, shape))).toEqual(typeormSends(keysOf(clientId, shape)));
      }
    }
  });

  it('tells shapes apart: another filter, order or page is another text', () => {
    const texts = new Set(
      [keysOf('client-a'), keysOf('client-a', { revoked: true }), keysOf('client-a', { revoked: false }), keysOf('client-a', { page: 1 }), keysOf('client-a').orderBy('key.name', 'ASC')].map(
        (query) => cachedQueryAndParameters(query)![0],
      ),
    );
    expect(texts.size).toBe(5);
  });

  it('keeps the client a bound parameter, never part of the text, so one client\'s text never carries another\'s id', () => {
    const [sql, parameters] = cachedQueryAndParameters(keysOf('client-b'))!;
    expect(sql).not.toContain('client-b');
    expect(parameters).toEqual(['client-b']);
  });

  it('reads conditions in brackets and another entity under the same alias as shapes of their own', () => {
    const bracketed = keysOf('client-a').andWhere(new Brackets((where) => where.where('key.name = :name', { name: 'a' })));
    expect(cachedQueryAndParameters(bracketed)).toEqual(typeormSends(keysOf('client-a').andWhere(new Brackets((where) => where.where('key.name = :name', { name: 'a' })))));
    const situations = dataSource.manager.createQueryBuilder(Situation, 'key').where('key.clientId = :tenantClientId', { tenantClientId: 'client-a' });
    situations.select('row_to_json("key")', 'row');
    situations.orderBy('key.createdAt', 'DESC').addOrderBy('key.id', 'ASC').offset(0).limit(25);
    expect(cachedQueryAndParameters(situations)).toEqual(typeormSends(situations));
  });

  it('leaves to TypeORM what it cannot describe: a spread list, whose length is in the text', () => {
    const spread = keysOf('client-a').andWhere('key.name IN (:...names)', { names: ['a', 'b'] });
    expect(cachedQueryAndParameters(spread)).toBeUndefined();
  });
});
