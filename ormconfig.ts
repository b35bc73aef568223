import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { config } from './api/config';
import { EMBEDDED_DATABASE } from './api/database/database';
import { embeddedUrl } from './api/database/embedded-postgres';
import { entities } from './api/database/entities';
import { migrations } from './api/database/migrations';
import { SnakeNamingStrategy } from './api/database/naming-strategy';
import { StatementCountingLogger } from './api/database/statement-counter';


/**
 * The one DataSource. With DATABASE_URL it talks to that server; otherwise openDatabase() starts the
 * embedded PostgreSQL first and points this DataSource at it. Schema changes are migrations only.
 */
export const dataSource = new DataSource({
  type: 'postgres',
  url: config.databaseUrl ?? embeddedUrl(config.embeddedPort, EMBEDDED_DATABASE),
  entities,
  migrations,
  migrationsTableName: 'migration',
  migrationsTransactionMode: 'each',
  synchronize: false,
  // gen_random_uuid() is built into PostgreSQL 13+, so no uuid-ossp extension is needed.
  uuidExtension: 'pgcrypto',
  namingStrategy: new SnakeNamingStrategy(),
  logger: new StatementCountingLogger((message) => console.error(`[database] ${message}`)),
  extra: { max: Number(process.env.DATABASE_POOL_SIZE || 20), application_name: 'repbase' },
});

export default dataSource;
