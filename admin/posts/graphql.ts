import type { ResourceDefinition } from '../resource-definition';

export const postResource: ResourceDefinition = {
  type: 'Post',
  plural: 'Posts',
  fields: 'id kind platformId userId officialAccountId text url postedAt violations { rule message fragment suggestion ruleKey } version',
  filterType: 'PostFilter',
};

export const postKindChoices = ['NEWS', 'OFFER', 'ANSWER'].map((kind) => ({ id: kind, name: `kpis.posts.kinds.${kind}` }));

export const LOG_POST = `mutation LogPost($input: LogPostInput!) {
  logPost(input: $input) { id kind postedAt violations { rule message fragment suggestion } }
}`;

export interface LoggedPost {
  id: string;
  kind: string;
  postedAt: string;
  violations: { rule: string; message: string; fragment: string; suggestion: string | null }[];
}
