import { useQuery } from '@tanstack/react-query';
import { useRecordContext, type FieldProps } from 'react-admin';
import { graphql } from '../graphql';

/** The topics of the brief in force, key → name: topics are shown by their names, not their keys. */
export function useTopicNames(): Map<string, string> {
  const { data } = useQuery({
    queryKey: ['brief-in-force-topic-names'],
    queryFn: () => graphql<{ briefInForce: { topics: { key: string; name: string }[] } | null }>('{ briefInForce { topics { key name } } }'),
    staleTime: 60_000,
  });
  return new Map((data?.briefInForce?.topics ?? []).map((topic) => [topic.key, topic.name]));
}

/** A record's topic by its name in the brief in force (its key when the brief has no such topic). */
export function TopicField({ source = 'topic' }: FieldProps & { source?: string }) {
  const record = useRecordContext();
  const names = useTopicNames();
  const key = record?.[source] as string | null | undefined;
  return <span>{key ? (names.get(key) ?? key) : '—'}</span>;
}
