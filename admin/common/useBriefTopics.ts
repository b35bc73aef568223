import { useQuery } from '@tanstack/react-query';
import { graphql } from '../graphql';

export interface BriefTopic {
  id: string;
  name: string;
}

/**
 * The topics of the brief in force as select choices (key → name): situations and escalations name
 * a topic only from these, as the API requires. null while loading; [] when no brief is in force.
 */
export function useBriefTopics(): BriefTopic[] | null {
  const { data } = useQuery({
    queryKey: ['brief-in-force-topics'],
    queryFn: async () => {
      const { briefInForce } = await graphql<{ briefInForce: { topics: { key: string; name: string }[] } | null }>('{ briefInForce { topics { key name } } }');
      return (briefInForce?.topics ?? []).map((topic) => ({ id: topic.key, name: topic.name }));
    },
    staleTime: 60_000,
  });
  return data ?? null;
}

/**
 * The responsible people of the brief in force as select choices (key → "name, position"): whom a
 * question may be asked of or handed on to. null while loading.
 */
export function useBriefPeople(): BriefTopic[] | null {
  const { data } = useQuery({
    queryKey: ['brief-in-force-people'],
    queryFn: async () => {
      const { briefInForce } = await graphql<{ briefInForce: { responsiblePeople: { key: string; name: string; position: string }[] } | null }>(
        '{ briefInForce { responsiblePeople { key name position } } }',
      );
      return (briefInForce?.responsiblePeople ?? []).map((person) => ({ id: person.key, name: person.position ? `${person.name}, ${person.position}` : person.name }));
    },
    staleTime: 60_000,
  });
  return data ?? null;
}
