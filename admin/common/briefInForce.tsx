import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useRecordContext, type FieldProps } from 'react-admin';
import { graphql } from '../graphql';

/** A select choice read from the brief in force: a topic or a responsible person, by key. */
export interface BriefChoice {
  id: string;
  name: string;
}

interface BriefChoices {
  topics: BriefChoice[];
  people: BriefChoice[];
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
export function useBriefTopics(): BriefChoice[] | null {
  return useBriefChoices()?.topics ?? null;
}

/**
 * The responsible people of the brief in force as select choices (key → "name, position"): whom a
 * question may be asked of or handed on to. null while loading.
 */
export function useBriefPeople(): BriefChoice[] | null {
  return useBriefChoices()?.people ?? null;
}

/** The topics of the brief in force, key → name: topics are shown by their names, not their keys. */
export function useTopicNames(): Map<string, string> {
  const topics = useBriefTopics();
  return useMemo(() => new Map((topics ?? []).map((topic) => [topic.id, topic.name])), [topics]);
}

/** A record's topic by its name in the brief in force (its key when the brief has no such topic). */
export function TopicField({ source = 'topic' }: FieldProps & { source?: string }) {
  const record = useRecordContext();
  const names = useTopicNames();
  const key = record?.[source] as string | null | undefined;
  return <span>{key ? (names.get(key) ?? key) : '—'}</span>;
}
