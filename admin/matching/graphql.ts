/** What GuidancePanel shows of a Guidance (SituationMatches['guidance']), wherever guidance is asked for. */
export const GUIDANCE_FIELDS = `
  briefInForce briefVersion moveToPrivate topicKeys
  restrictedTopics { key name policy note words }
  personalData { kind present start end }
  standardSituations { key name behaviour moveToPrivate words }
  responsiblePeople { key name position contact answerWithinHours }
  deadline { hours answerBy }
  postingLimit { maxPostsPerDay maxPostsPerWeek note }`;

/** The matchSituations query as the "try it" page asks it. */
export const MATCH_SITUATIONS = `query TryMatch($input: MatchSituationsInput!) {
  matchSituations(input: $input) {
    category
    noMatch
    matches { score situation { id key title category topic } reply { text revision } }
    guidance { ${GUIDANCE_FIELDS} }
  }
}`;

export interface SituationMatches {
  category: string;
  noMatch: boolean;
  matches: { score: number; situation: { id: string; key: string; title: string; category: string; topic: string | null }; reply: { text: string; revision: number } | null }[];
  guidance: {
    briefInForce: boolean;
    briefVersion: number | null;
    moveToPrivate: boolean;
    topicKeys: string[];
    restrictedTopics: { key: string; name: string; policy: string; note: string | null; words: string[] }[];
    personalData: { kind: string; present: boolean; start: number; end: number }[];
    standardSituations: { key: string; name: string; behaviour: string; moveToPrivate: boolean; words: string[] }[];
    responsiblePeople: { key: string; name: string; position: string; contact: string; answerWithinHours: number }[];
    deadline: { hours: number; answerBy: string } | null;
    postingLimit: { maxPostsPerDay: number | null; maxPostsPerWeek: number | null; note: string | null } | null;
  };
}
