import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { auditEveryMutation } from '../../api/common/plugins';

interface Context {
  auditEventCount: number;
}

const schema = buildSchema(`
  type Query { ping: Boolean }
  type Mutation { audited: Boolean  forgetful: Boolean }
`);

/** Runs one mutation on a server guarded like the real one; `audited` records an event, `forgetful` does not. */
async function run(mutation: string) {
  const reports: string[] = [];
  const server = new ApolloServer<Context>({
    schema,
    rootValue: {
      audited: (_args: unknown, context: Context) => {
        context.auditEventCount += 1;
        return true;
      },
      forgetful: () => true,
    },
    plugins: [auditEveryMutation({ strict: true, report: (message) => reports.push(message) }) as never],
  });
  const response = await server.executeOperation({ query: `mutation { ${mutation} }` }, { contextValue: { auditEventCount: 0 } });
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
  return { errors, reports };
}

describe('the audit guard', () => {
  it('lets through a mutation that wrote an audit event', async () => {
    const { errors, reports } = await run('audited');
    expect(errors).toBeUndefined();
    expect(reports).toEqual([]);
  });

  it('fails a mutation that changed something without an audit event, and reports it', async () => {
    const { errors, reports } = await run('forgetful');
    expect(errors?.map((error) => error.message)).toEqual(['Mutation forgetful succeeded without writing an audit event']);
    expect(reports).toEqual(['Mutation forgetful succeeded without writing an audit event']);
  });
});
