import type { ResourceDefinition } from '../resource-definition';

export const postResource: ResourceDefinition = {
  type: 'Post',
  plural: 'Posts',
  fields: 'id kind platformId userId officialAccountId text url postedAt violations { rule message fragment suggestion ruleKey } version',
  filterType: 'PostFilter',
};

export const postKindChoices = ['NEWS', 'OFFER', 'ANSWER'].map((kind) => ({ id: kind, name: `kpis.posts.kinds.${kind}` }));
