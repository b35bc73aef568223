import { TenantScope } from '../../api/auth/tenant-scope';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { authorProfileKey, loadAuthorProfiles } from '../../api/modules/authors/author-history';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { countStatements } from '../../api/database/statement-counter';
import { makeCase, makePlatform, unique } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const AUTHOR = `query($platformId: ID!, $handle: String!) {
  author(platformId: $platformId, handle: $handle) {
    id handle name notes version
    history { caseCount openCount resolvedCount unresolvedCount categories { category count } firstSeenAt lastSeenAt }
    cases { id status category }
  }
}`;

const days = (count: number) => new Date(Date.now() - count * 24 * 3600 * 1000);

describe('authors', () => {
  it('an author\'s history: all their cases, what about, and whether their problems were solved', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const handle = unique('Marina');
    const common = { platform, authorHandle: handle, authorName: 'Марина' };
    const solved = await makeCase(app.dataSource, world.client, { ...common, requestedAt: days(30), status: CaseStatus.RESOLVED, category: ConsumerCycleCategory.NEGATIVE, resolved: true });
    const unsolved = await makeCase(app.dataSource, world.client, { ...common, requestedAt: days(10), status: CaseStatus.CLOSED, category: ConsumerCycleCategory.NEGATIVE, resolved: false });
    const open = await makeCase(app.dataSource, world.client, { ...common, requestedAt: days(1), category: ConsumerCycleCategory.SUPPORT });
    await makeCase(app.dataSource, world.client, { platform: await makePlatform(app.dataSource, world.client), authorHandle: handle });

    const result = await app.gql(AUTHOR, { platformId: platform.id, handle: `@${handle.toUpperCase()}` }, world.representative);
    expect(result.errors).toBeUndefined();
    expect(result.data!.author).toMatchObject({
      handle,
      name: 'Марина',
      history: {
        caseCount: 3,
        openCount: 1,
        resolvedCount: 1,
        unresolvedCount: 1,
        categories: [
          { category: 'NEGATIVE', count: 2 },
          { category: 'SUPPORT', count: 1 },
        ],
        firstSeenAt: solved.requestedAt.toISOString(),
        lastSeenAt: open.requestedAt.toISOString(),
      },
    });
    expect(result.data!.author.cases.map((caseRow: { id: string }) => caseRow.id)).toEqual([open.id, unsolved.id, solved.id]);
  });

  it('is shown on a case, and someone who never wrote is null', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const handle = unique('Oleg');
    await makeCase(app.dataSource, world.client, { platform, authorHandle: handle, status: CaseStatus.RESOLVED, resolved: true });
    const latest = await makeCase(app.dataSource, world.client, { platform, authorHandle: handle });
    const page = await app.gql('query($id: ID!) { Case(id: $id) { author { handle history { caseCount resolvedCount } } } }', { id: latest.id }, world.representative);
    expect(page.data!.Case.author).toEqual({ handle, history: { caseCount: 2, resolvedCount: 1 } });
    expect((await app.gql(AUTHOR, { platformId: platform.id, handle: 'never-wrote' }, world.representative)).data!.author).toBeNull();
  });

  it('the team keeps notes on an author', async () => {
    const world = await makeClientWorld(app.dataSource);
    const caseRow = await makeCase(app.dataSource, world.client);
    const UPDATE = 'mutation($id: ID!, $input: UpdateAuthorInput!) { updateAuthor(id: $id, input: $input) { notes version } }';
    const updated = await app.gql(UPDATE, { id: caseRow.authorId, input: { notes: 'Предпочитает ответы в личке, владелец Tiggo 7', version: 1 } }, world.representative);
    expect(updated.data!.updateAuthor).toEqual({ notes: 'Предпочитает ответы в личке, владелец Tiggo 7', version: 2 });
    errorOf(await app.gql(UPDATE, { id: caseRow.authorId, input: { notes: 'x', version: 2 } }, world.trainer), 'FORBIDDEN');
    errorOf(await app.gql(UPDATE, { id: caseRow.authorId, input: { notes: 'x', version: 1 } }, world.pr), 'CONFLICT');
  });

  it('reply tools with replies:read may ask who an author is', async () => {
    const world = await makeClientWorld(app.dataSource);
    const caseRow = await makeCase(app.dataSource, world.client, { authorHandle: 'reader' });
    const result = await app.gql(AUTHOR, { platformId: caseRow.platformId, handle: 'reader' }, world.key);
    expect(result.data!.author.history.caseCount).toBe(1);
  });

  it('profiles of many handles load in two statements, for the matcher', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const handles = Array.from({ length: 30 }, (_, index) => `bulk-${index}-${unique('h')}`);
    for (const handle of handles.slice(0, 10)) await makeCase(app.dataSource, world.client, { platform, authorHandle: handle, category: ConsumerCycleCategory.SUPPORT });
    const references = [...handles.map((handle) => ({ platformId: platform.id, handle })), { platformId: null, handle: handles[0] }];
    const { result, statements } = await countStatements(() => loadAuthorProfiles(new TenantScope(world.client, app.dataSource.manager), references));
    expect(statements).toBe(2);
    expect(result.get(authorProfileKey({ platformId: platform.id, handle: handles[0] }))!.history).toMatchObject({ caseCount: 1, categories: [{ category: 'SUPPORT', count: 1 }] });
    expect(result.get(authorProfileKey({ platformId: null, handle: handles[0] }))!.authors).toHaveLength(1);
    expect(result.get(authorProfileKey({ platformId: platform.id, handle: handles[20] }))).toEqual({ authors: [], history: expect.objectContaining({ caseCount: 0 }) });
  });
});
