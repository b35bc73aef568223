import { registerEnumType } from 'type-graphql';

/** Where a representative speaks. Public API: external tools and briefs refer to these names. */
export enum PlatformKind {
  FORUM = 'FORUM',
  SOCIAL_GROUP = 'SOCIAL_GROUP',
  BLOG = 'BLOG',
  MICROBLOG = 'MICROBLOG',
  REVIEW_SITE = 'REVIEW_SITE',
  HASHTAG_HOTLINE = 'HASHTAG_HOTLINE',
  OWN_SITE = 'OWN_SITE',
}

registerEnumType(PlatformKind, {
  name: 'PlatformKind',
  valuesConfig: {
    FORUM: { description: 'A thematic forum (a dedicated official thread).' },
    SOCIAL_GROUP: { description: 'A group or community in a social network.' },
    BLOG: { description: 'A blog or blog platform.' },
    MICROBLOG: { description: 'Twitter/X and the like.' },
    REVIEW_SITE: { description: 'A review site with official answers (banki.ru, otzovik...).' },
    HASHTAG_HOTLINE: { description: 'An official hashtag "hotline".' },
    OWN_SITE: { description: "A section of the company's own site." },
  },
});
