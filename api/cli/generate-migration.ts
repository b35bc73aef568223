/**
 * npm run db:migration:generate -- <PascalCaseName>
 * Diffs the entities against a database with every migration applied and writes a timestamped
 * migration (up and down) into api/database/migrations, registering it in index.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataSource } from '../../ormconfig';
import { projectRoot } from '../config';
import { openDatabase } from '../database/database';

const quote = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

/** Rewrites migrations/index.ts from the files present, oldest first (file names start with a timestamp). */
function writeMigrationIndex(directory: string): void {
  const files = fs
    .readdirSync(directory)
    .filter((file) => /^\d+-\w+\.ts$/.test(file))
    .sort();
  const classes = files.map((file) => {
    const [, timestamp, name] = /^(\d+)-(\w+)\.ts$/.exec(file)!;
    return { file: file.replace(/\.ts$/, ''), className: `${name}${timestamp}` };
  });
  const source = [
    ...classes.map(({ file, className }) => `import { ${className} } from './${file}';`),
    '',
    '/** Every migration in order; `npm run db:migration:generate -- Name` rewrites this list. */',
    'export const migrations: Function[] = [',
    ...classes.map(({ className }) => `  ${className},`),
    '];',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(directory, 'index.ts'), source);
}

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run db:migration:generate -- PascalCaseName');
    process.exit(2);
  }
  const database = await openDatabase(dataSource);
  try {
    const plan = await dataSource.driver.createSchemaBuilder().log();
    if (plan.upQueries.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const up = plan.upQueries.map((query) => `    await queryRunner.query(${quote(query.query)});`);
    const down = plan.downQueries.reverse().map((query) => `    await queryRunner.query(${quote(query.query)});`);
    const source = [
      "import type { MigrationInterface, QueryRunner } from 'typeorm';",
      '',
      `export class ${className} implements MigrationInterface {`,
      `  name = '${className}';`,
      '',
      '  async up(queryRunner: QueryRunner): Promise<void> {',
      ...up,
      '  }',
      '',
      '  async down(queryRunner: QueryRunner): Promise<void> {',
      ...down,
      '  }',
      '}',
      '',
    ].join('\n');
    const directory = path.join(projectRoot, 'api/database/migrations');
    const fileName = `${timestamp}-${name}`;
    fs.writeFileSync(path.join(directory, `${fileName}.ts`), source);
    writeMigrationIndex(directory);
    console.log(`Wrote api/database/migrations/${fileName}.ts (${plan.upQueries.length} statements).`);
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
