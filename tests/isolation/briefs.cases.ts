import type { DataSource } from 'typeorm';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { BriefStatus, BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { Brief } from '../../api/modules/briefs/brief.entity';
import { makeBriefVersion } from '../../seeds/factories';
import type { ClientWorld } from '../helpers/world';
import { defineCases } from './harness';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
const secretTopic = { key: 'secret', name: 'Тайная тема клиента Б', policy: TopicPolicy.FORBIDDEN, keywords: [], note: null };

/** Client B's version in `status`, holding a topic A must never see. */
const versionOfB = (status: BriefStatus) => async (b: ClientWorld, dataSource: DataSource) => {
  const version = await makeBriefVersion(dataSource, b.client, { status, content: { topics: [secretTopic] } });
  return { id: version.id, version: version.version, status };
};

const unchangedVersion = async ({ id, version, status }: Record<string, any>, dataSource: DataSource) => {
  expect(await dataSource.getRepository(BriefVersion).findOneByOrFail({ id })).toMatchObject({ version, status, content: { topics: [secretTopic] } });
};

/** Client B's brief with four eyes off, and its settings row's version. */
const briefOfB = async (b: ClientWorld, dataSource: DataSource) => {
  const version = await makeBriefVersion(dataSource, b.client, { status: BriefStatus.APPROVED, content: { topics: [secretTopic] } });
  const brief = await dataSource.getRepository(Brief).findOneByOrFail({ id: version.briefId });
  return { briefId: brief.id, version: brief.version };
};

export const briefCases = defineCases([
  {
    operation: 'briefSettings',
    title: "the brief settings read are the caller's client's, never another's",
    as: 'pr',
    arrange: briefOfB,
    query: '{ briefSettings { id } }',
    expect: { answer: (data, { briefId }) => expect(data.briefSettings?.id).not.toBe(briefId) },
  },
  {
    operation: 'setBriefFourEyesApproval',
    title: "four eyes set by client A's PR specialist never changes client B's brief",
    as: 'pr',
    arrange: briefOfB,
    query: 'mutation($version: Int!) { setBriefFourEyesApproval(required: true, version: $version) { id } }',
    variables: ({ version }) => ({ version }),
    expect: { error: 'BAD_USER_INPUT' },
    unchanged: async ({ briefId, version }, dataSource) => {
      expect(await dataSource.getRepository(Brief).findOneByOrFail({ id: briefId })).toMatchObject({ fourEyesApproval: false, version });
    },
  },
  {
    operation: 'allBriefVersions',
    title: "the version list holds only the caller's client's brief",
    as: 'pr',
    arrange: versionOfB(BriefStatus.DRAFT),
    query: 'query($id: ID!) { allBriefVersions(perPage: 500) { id } filtered: allBriefVersions(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: {
      answer: (data, { id }) => {
        expect(ids(data.allBriefVersions)).not.toContain(id);
        expect(data.filtered).toEqual([]);
      },
    },
  },
  {
    operation: '_allBriefVersionsMeta',
    title: "another client's versions are not counted",
    as: 'pr',
    arrange: versionOfB(BriefStatus.APPROVED),
    query: 'query($id: ID!) { _allBriefVersionsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allBriefVersionsMeta.count).toBe(0) },
  },
  {
    operation: 'BriefVersion',
    title: "reading another client's version is NOT_FOUND",
    as: 'pr',
    arrange: versionOfB(BriefStatus.APPROVED),
    query: 'query($id: ID!) { BriefVersion(id: $id) { id topics { name } } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'briefInForce',
    title: "a tool never reads another client's brief in force",
    as: 'key',
    arrange: versionOfB(BriefStatus.APPROVED),
    query: '{ briefInForce { id } }',
    expect: { answer: (data) => expect(data.briefInForce).toBeNull() },
  },
  {
    operation: 'briefMarkdown',
    title: "the Markdown of another client's version is NOT_FOUND",
    as: 'representative',
    arrange: versionOfB(BriefStatus.APPROVED),
    query: 'query($id: ID!) { briefMarkdown(versionId: $id) }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'briefMarkdown',
    title: "a tool's Markdown of the brief in force is never another client's",
    as: 'key',
    arrange: versionOfB(BriefStatus.APPROVED),
    query: '{ briefMarkdown }',
    expect: { answer: (data) => expect(data.briefMarkdown).toBeNull() },
  },
  {
    operation: 'briefDiff',
    title: "comparing another client's versions is NOT_FOUND",
    as: 'pr',
    arrange: versionOfB(BriefStatus.APPROVED),
    query: 'query($id: ID!) { briefDiff(from: $id, to: $id) { hasChanges } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'briefResponsibleAccounts',
    title: "another client's responsible people are not offered",
    as: 'pr',
    arrange: async (b) => ({ id: b.userIds.responsible }),
    query: '{ briefResponsibleAccounts { id } }',
    expect: { answer: (data, { id }) => expect(ids(data.briefResponsibleAccounts)).not.toContain(id) },
  },
  {
    operation: 'createBriefDraft',
    title: "copying another client's version is NOT_FOUND and adds nothing to its brief",
    as: 'pr',
    arrange: versionOfB(BriefStatus.APPROVED),
    query: 'mutation($id: ID!) { createBriefDraft(input: { copyFromVersionId: $id }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async (arranged, dataSource) => {
      await unchangedVersion(arranged, dataSource);
      const { briefId } = await dataSource.getRepository(BriefVersion).findOneByOrFail({ id: arranged.id });
      expect(await dataSource.getRepository(BriefVersion).countBy({ briefId })).toBe(1);
    },
  },
  {
    operation: 'createBriefDraft',
    title: "a new draft belongs to the caller's client's brief",
    as: 'pr',
    arrange: versionOfB(BriefStatus.APPROVED),
    query: 'mutation { createBriefDraft { id replacesVersionId } }',
    expect: { answer: (data, { id }) => expect(data.createBriefDraft.replacesVersionId).not.toBe(id) },
    unchanged: unchangedVersion,
  },
  {
    operation: 'updateBriefDraft',
    title: "editing another client's draft is NOT_FOUND and changes nothing",
    as: 'pr',
    arrange: versionOfB(BriefStatus.DRAFT),
    query: 'mutation($id: ID!, $version: Int!) { updateBriefDraft(id: $id, input: { topics: [], version: $version }) { id } }',
    variables: ({ id, version }) => ({ id, version }),
    expect: { error: 'NOT_FOUND' },
    unchanged: unchangedVersion,
  },
  {
    operation: 'submitBriefVersion',
    title: "submitting another client's draft is NOT_FOUND",
    as: 'pr',
    arrange: versionOfB(BriefStatus.DRAFT),
    query: 'mutation($id: ID!) { submitBriefVersion(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: unchangedVersion,
  },
  {
    operation: 'approveBriefVersion',
    title: "approving another client's version is NOT_FOUND and puts nothing in force",
    as: 'pr',
    arrange: versionOfB(BriefStatus.IN_REVIEW),
    query: 'mutation($id: ID!) { approveBriefVersion(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: unchangedVersion,
  },
  {
    operation: 'returnBriefVersion',
    title: "returning another client's version is NOT_FOUND",
    as: 'pr',
    arrange: versionOfB(BriefStatus.IN_REVIEW),
    query: 'mutation($id: ID!) { returnBriefVersion(id: $id, comment: "Чужое") { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: unchangedVersion,
  },
]);
