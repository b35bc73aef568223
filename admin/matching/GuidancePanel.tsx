import { Alert, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SituationMatches } from './graphql';
import { useFormat } from '../common/format';

/** What the brief in force says about answering the post. */
export function GuidancePanel({ guidance }: { guidance: SituationMatches['guidance'] }) {
  const format = useFormat();
  const translate = useTranslate();
  return (
    <Card data-testid="guidance">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('matching.guidance.title')}
        </Typography>
        {!guidance.briefInForce && <Alert severity="info">{translate('matching.guidance.noBrief')}</Alert>}
        {guidance.briefInForce && <Typography variant="body2">{translate('matching.guidance.briefVersion', { version: guidance.briefVersion ?? '' })}</Typography>}
        {guidance.moveToPrivate && (
          <Alert severity="warning" sx={{ my: 1 }}>
            {translate('matching.guidance.moveToPrivate')}
          </Alert>
        )}
        {guidance.restrictedTopics.map((topic) => (
          <Alert key={topic.key} severity="error" sx={{ my: 1 }}>
            {translate(`matching.policies.${topic.policy}`)}: {topic.name} ({topic.words.join(', ')}){topic.note ? `. ${topic.note}` : ''}
          </Alert>
        ))}
        {guidance.personalData.length > 0 && (
          <Stack direction="row" spacing={1} sx={{ my: 1, flexWrap: 'wrap' }}>
            {guidance.personalData.map((finding, index) => (
              <Chip key={index} color="warning" label={`${translate(`matching.personalData.${finding.kind}`)}${finding.present ? '' : ` (${translate('matching.guidance.mentioned')})`}`} />
            ))}
          </Stack>
        )}
        {guidance.standardSituations.map((situation) => (
          <Typography key={situation.key} variant="body2" sx={{ my: 1 }}>
            <b>{situation.name}</b> ({situation.words.join(', ')}): {situation.behaviour}
          </Typography>
        ))}
        {guidance.responsiblePeople.map((person) => (
          <Typography key={person.key} variant="body2">
            {translate('matching.guidance.responsible', { name: person.name, position: person.position, contact: person.contact, hours: person.answerWithinHours })}
          </Typography>
        ))}
        {guidance.deadline && (
          <Typography variant="body2" data-testid="deadline">
            {translate('matching.guidance.deadline', { hours: guidance.deadline.hours, at: format.dateTime(guidance.deadline.answerBy) })}
          </Typography>
        )}
        {guidance.postingLimit && (
          <Typography variant="body2">
            {translate('matching.guidance.postingLimit', { day: guidance.postingLimit.maxPostsPerDay ?? '—', week: guidance.postingLimit.maxPostsPerWeek ?? '—' })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
