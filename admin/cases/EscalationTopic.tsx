import { Alert, MenuItem, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { useBriefPeople, useBriefTopics } from '../common/briefInForce';
import { graphql } from '../graphql';

interface Route {
  assigneeName: string;
  assigneePosition: string | null;
  dueAt: string | null;
  toPrSpecialists: boolean;
}

const ROUTE = `query($caseId: ID!, $topic: String, $person: String) {
  escalationRoute(caseId: $caseId, topic: $topic, responsiblePersonKey: $person) { assigneeName assigneePosition dueAt toPrSpecialists }
}`;

/**
 * The escalation's topic, chosen from the brief in force (shown by name), and who will get the
 * question with it and by when: the same routing the API applies when it is sent.
 */
export function EscalationTopic({
  caseId,
  topic,
  onChange,
  person = '',
  onPersonChange,
}: {
  caseId: string;
  topic: string;
  onChange: (topic: string) => void;
  /** A responsible person chosen directly (their key); '' lets the topic decide. */
  person?: string;
  onPersonChange?: (person: string) => void;
}) {
  const translate = useTranslate();
  const topics = useBriefTopics();
  const people = useBriefPeople();
  const route = useQuery({
    queryKey: ['escalation-route', caseId, topic, person],
    queryFn: async () => (await graphql<{ escalationRoute: Route }>(ROUTE, { caseId, topic: topic || null, person: person || null })).escalationRoute,
  });
  const who = route.data ? (route.data.assigneePosition ? `${route.data.assigneeName}, ${route.data.assigneePosition}` : route.data.assigneeName) : null;
  return (
    <>
      {topics && topics.length === 0 ? (
        <Alert severity="info">{translate('workflows.escalate.noBrief')}</Alert>
      ) : (
        <TextField select label={translate('workflows.escalate.topic')} value={topic} onChange={(event) => onChange(event.target.value)} fullWidth data-testid="escalation-topic">
          <MenuItem value="">{translate('workflows.escalate.noTopic')}</MenuItem>
          {(topics ?? []).map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {onPersonChange && people && people.length > 0 && (
        <TextField select label={translate('workflows.escalate.person')} value={person} onChange={(event) => onPersonChange(event.target.value)} fullWidth data-testid="escalation-person">
          <MenuItem value="">{translate('workflows.escalate.byTopic')}</MenuItem>
          {people.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {who && (
        <Alert severity={route.data!.toPrSpecialists ? 'warning' : 'success'} data-testid="escalation-route">
          {translate('workflows.escalate.route', { who })}
          {route.data!.dueAt ? `, ${translate('workflows.escalate.routeDue', { when: new Date(route.data!.dueAt).toLocaleString() })}` : ''}
          {route.data!.toPrSpecialists ? `. ${translate('workflows.escalate.toPr')}` : ''}
        </Alert>
      )}
    </>
  );
}
