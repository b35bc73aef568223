import { useQuery } from '@tanstack/react-query';
import { graphql } from '../graphql';

export interface BriefTopic {
  id: string;
  name: string;
}

interface BriefChoices {
  topics: BriefTopic[];
  people: BriefTopic[];
}

/** The brief in force's topics and responsible people as select choices, read once for both. */
function useBriefChoices(): BriefChoices | null {
  const { data } = useQuery({
    queryKey: ['brief-in-force-choices'],
    queryFn: async (): Promise<BriefChoices> => {
      const { briefInForce } = await graphql<{
        briefInForce: { topics: { key: string; name: string }[]; responsiblePeople: { key: string; name: string; position: string }[] } | null;
      }>('{ briefInForce { topics { key name } responsiblePeople { key name position } } }');
      return {
        topics: (briefInForce?.topics ?? []).map((topic) => ({ id: topic.key, name: topic.name })),
        people: (briefInForce?.responsiblePeople ?? []).map((person) => ({ id: person.key, name: person.position ? `${person.name}, ${person.position}` : person.name })),
      };
    },
    staleTime: 60_000,
  });
  return data ?? null;
}

/**
 * The topics of the brief in force as select choices (key → name): situations and escalations name
 * a topic only from these, as the API requires. null while loading; [] when no brief is in force.
 */
export function useBriefTopics(): BriefTopic[] | null {
  return useBriefChoices()?.topics ?? null;
}

/**
 * The responsible people of the brief in force as select choices (key → "name, position"): whom a
 * question may be asked of or handed on to. null while loading.
 */
export function useBriefPeople(): BriefTopic[] | null {
  return useBriefChoices()?.people ?? null;
}
