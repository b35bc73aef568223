import { KpiMetric } from '../../api/modules/kpis/kpi-metric';
import { MetricEntry } from '../../api/modules/kpis/metric-entry.entity';
import { LoggedPostKind } from '../../api/modules/posts/post-kind';
import { Post } from '../../api/modules/posts/post.entity';
import { makePlatform, makeRepresentative } from '../../seeds/factories';
import { makeMetricEntry, makePost } from '../helpers/kpis';
import { defineCases } from './harness';
import type { ClientWorld } from '../helpers/world';
import type { DataSource } from 'typeorm';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

async function entryOfB(b: ClientWorld, dataSource: DataSource) {
  const platform = await makePlatform(dataSource, b.client);
  const entry = await makeMetricEntry(dataSource, b.client, platform, KpiMetric.VIEWS, '2026-11-30', 3227);
  return { id: entry.id, platformId: platform.id, platformName: platform.name };
}

const entryUnchanged = async ({ id }: { id: string }, dataSource: DataSource) => {
  expect(await dataSource.getRepository(MetricEntry).findOneByOrFail({ id })).toMatchObject({ value: 3227, version: 1 });
};

async function postOfB(b: ClientWorld, dataSource: DataSource) {
  const platform = await makePlatform(dataSource, b.client);
  const { representative, accounts } = await makeRepresentative(dataSource, b.client, { userId: b.userIds.representative, platforms: [platform] });
  const post = await makePost(dataSource, accounts[0], representative.userId, LoggedPostKind.NEWS, '2026-11-30T10:00:00Z');
  return { id: post.id, platformId: platform.id, accountId: accounts[0].id };
}

export const kpiCases = defineCases([
  {
    operation: 'allPosts',
    title: "the post list holds only the caller's client's posts",
    as: 'pr',
    arrange: postOfB,
    query: 'query($id: ID!) { allPosts(perPage: 500) { id } filtered: allPosts(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: {
      answer: (data, { id }) => {
        expect(ids(data.allPosts)).not.toContain(id);
        expect(data.filtered).toEqual([]);
      },
    },
  },
  {
    operation: '_allPostsMeta',
    title: "another client's posts are not counted",
    as: 'trainer',
    arrange: postOfB,
    query: 'query($platformId: ID!) { _allPostsMeta(filter: { platformId: $platformId }) { count } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { answer: (data) => expect(data._allPostsMeta.count).toBe(0) },
  },
  {
    operation: 'Post',
    title: "reading another client's post is NOT_FOUND",
    as: 'representative',
    arrange: postOfB,
    query: 'query($id: ID!) { Post(id: $id) { id text } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'logPost',
    title: "logging a post on another client's platform, from its account, is NOT_FOUND",
    as: 'pr',
    arrange: postOfB,
    query: 'mutation($platformId: ID!, $accountId: ID!) { logPost(input: { platformId: $platformId, kind: NEWS, text: "Новость", officialAccountId: $accountId }) { id } }',
    variables: ({ platformId, accountId }) => ({ platformId, accountId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ platformId }, dataSource) => {
      expect(await dataSource.getRepository(Post).countBy({ platformId })).toBe(1);
    },
  },
  {
    operation: 'allMetricEntries',
    title: "the metric-entry list holds only the caller's client's entries",
    as: 'pr',
    arrange: entryOfB,
    query: 'query($id: ID!) { allMetricEntries(perPage: 500) { id } filtered: allMetricEntries(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: {
      answer: (data, { id }) => {
        expect(ids(data.allMetricEntries)).not.toContain(id);
        expect(data.filtered).toEqual([]);
      },
    },
  },
  {
    operation: '_allMetricEntriesMeta',
    title: "another client's entries are not counted",
    as: 'representative',
    arrange: entryOfB,
    query: 'query($platformId: ID!) { _allMetricEntriesMeta(filter: { platformId: $platformId }) { count } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { answer: (data) => expect(data._allMetricEntriesMeta.count).toBe(0) },
  },
  {
    operation: 'MetricEntry',
    title: "reading another client's entry is NOT_FOUND",
    as: 'pr',
    arrange: entryOfB,
    query: 'query($id: ID!) { MetricEntry(id: $id) { id value } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createMetricEntry',
    title: "an entry on another client's platform is NOT_FOUND",
    as: 'pr',
    arrange: entryOfB,
    query: 'mutation($platformId: ID!) { createMetricEntry(input: { metric: VIEWS, platformId: $platformId, day: "2026-11-29", value: 1 }) { id } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ platformId }, dataSource) => {
      expect(await dataSource.getRepository(MetricEntry).countBy({ platformId })).toBe(1);
    },
  },
  {
    operation: 'updateMetricEntry',
    title: "correcting another client's entry is NOT_FOUND and changes nothing",
    as: 'pr',
    arrange: entryOfB,
    query: 'mutation($id: ID!) { updateMetricEntry(id: $id, input: { value: 1, version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: entryUnchanged,
  },
  {
    operation: 'deleteMetricEntry',
    title: "deleting another client's entry is NOT_FOUND",
    as: 'pr',
    arrange: entryOfB,
    query: 'mutation($id: ID!) { deleteMetricEntry(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: entryUnchanged,
  },
  {
    operation: 'importMetricEntries',
    title: "a CSV naming another client's platform (by name or id) is refused and writes nothing there",
    as: 'pr',
    arrange: entryOfB,
    query: 'mutation($csv: String!) { importMetricEntries(csv: $csv) { created } }',
    variables: ({ platformId, platformName }) => ({ csv: `metric,platform,day,value,source\nVIEWS,${platformId},2026-11-30,1,\nVIEWS,${platformName},2026-11-30,1,` }),
    expect: { error: 'BAD_USER_INPUT' },
    unchanged: entryUnchanged,
  },
  {
    operation: 'pushMetricEntries',
    title: "a push naming another client's platform is refused and writes nothing there",
    as: 'key',
    arrange: entryOfB,
    query: 'mutation($platformId: ID!) { pushMetricEntries(input: { day: "2026-11-30", values: [{ metric: VIEWS, platformId: $platformId, value: 1 }] }) { created updated } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { error: 'BAD_USER_INPUT' },
    unchanged: entryUnchanged,
  },
  {
    operation: 'kpiProgress',
    title: "progress on another client's platform, or of its representative, is NOT_FOUND",
    as: 'pr',
    arrange: postOfB,
    query: 'query($platformId: ID!) { kpiProgress(period: MONTH, platformId: $platformId) { rows { fact } } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'kpiProgress',
    title: "another client's representative cannot be named for progress",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeRepresentative(dataSource, b.client)).representative.id }),
    query: 'query($id: ID!) { kpiProgress(period: MONTH, representativeId: $id) { rows { fact } } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
]);
