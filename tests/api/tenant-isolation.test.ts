import { createSchema } from '../../api/schema';
import { useTestApp } from '../helpers/app';
import { makeTwoClients } from '../helpers/world';
import { agencyWideOperations } from '../isolation/harness';
import { isolationCases } from '../isolation';

const app = useTestApp();

describe('no data crosses clients', () => {
  it('covers every query and mutation of the schema with an isolation case', async () => {
    const schema = await createSchema();
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const covered = new Set([...isolationCases.map((isolationCase) => isolationCase.operation), ...Object.keys(agencyWideOperations)]);
    expect(operations.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  describe.each(isolationCases.map((isolationCase) => [`${isolationCase.operation}: ${isolationCase.title}`, isolationCase] as const))('%s', (_title, isolationCase) => {
    it("a caller of client A gets nothing of client B's", async () => {
      const { a, b } = await makeTwoClients(app.dataSource);
      const arranged = await isolationCase.arrange(b, app.dataSource, a);
      const result = await app.gql(isolationCase.query, isolationCase.variables?.(arranged), a[isolationCase.as]);
      if ('error' in isolationCase.expect) {
        expect(result.errors?.map((error) => error.extensions.code)).toEqual([isolationCase.expect.error]);
      } else {
        expect(result.errors).toBeUndefined();
        isolationCase.expect.answer(result.data!, arranged);
      }
      await isolationCase.unchanged?.(arranged, app.dataSource);
    });

    it('naming client B in X-Client is refused', async () => {
      const { a, b } = await makeTwoClients(app.dataSource);
      const arranged = await isolationCase.arrange(b, app.dataSource, a);
      const result = await app.gql(isolationCase.query, isolationCase.variables?.(arranged), { ...a[isolationCase.as], client: b.client.slug });
      if (isolationCase.operation === 'me') {
        expect(result.data!.me.currentClient).toBeNull();
      } else {
        expect(result.errors?.map((error) => error.extensions.code)).toContain('FORBIDDEN');
      }
      await isolationCase.unchanged?.(arranged, app.dataSource);
    });
  });
});
