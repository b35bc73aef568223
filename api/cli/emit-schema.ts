/** npm run schema:emit: writes schema/schema.graphql from the resolvers. */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { createSchema, printContract, schemaFile } from '../schema';

createSchema()
  .then((schema) => {
    fs.mkdirSync(path.dirname(schemaFile), { recursive: true });
    fs.writeFileSync(schemaFile, printContract(schema));
    console.log(`Wrote ${path.relative(process.cwd(), schemaFile)}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
