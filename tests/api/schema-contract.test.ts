import fs from 'node:fs';
import { createSchema, printContract, schemaFile } from '../../api/schema';

describe('schema/schema.graphql', () => {
  it('is what the resolvers generate (run `npm run schema:emit` after changing the API)', async () => {
    const committed = fs.readFileSync(schemaFile, 'utf8');
    expect(printContract(await createSchema())).toBe(committed);
  });
});
