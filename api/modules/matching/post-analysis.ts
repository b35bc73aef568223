import { categoryCues, type CategoryCues } from './category-cues';
import { postTokens } from './phrase-matcher';
import { thesaurusExpansions } from './thesaurus';

/** What the post says of itself before the base is asked: the thesaurus groups it uses and its category cues. */
export interface PostAnalysis {
  /** The thesaurus groups the post uses, each with its members (looked up as one concept). */
  concepts: { group: number; members: string[] }[];
  cues: CategoryCues;
}

/** `text` is the meaningful text of the post (post-text.ts), letter case kept. */
export function analysePost(text: string): PostAnalysis {
  const tokens = postTokens(text);
  const concepts = thesaurusExpansions(tokens).map(({ group, members }) => ({ group, members }));
  return { concepts, cues: categoryCues(tokens, text) };
}
