import { Box, Chip, Stack, Typography } from '@mui/material';
import { CreateButton, EditButton, SelectField, Show, TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { categoryChoices } from './choices';
import { ReplyCard, type ReplyRecord } from './ReplyCard';
import { useTopicNames } from '../common/briefInForce';

interface SituationRecord {
  id: string;
  key: string;
  title: string;
  topic: string | null;
  isArchived: boolean;
  examples: { id: string; text: string; source: string }[];
  replies: ReplyRecord[];
}

function ShowActions() {
  const { permissions } = usePermissions<Permissions>();
  const situation = useRecordContext<SituationRecord>();
  if (!can(permissions, 'PR_SPECIALIST') || !situation) return null;
  return (
    <TopToolbar>
      <CreateButton resource="replies" label="repbase.replies.add" state={{ record: { situationId: situation.id } }} />
      <EditButton />
    </TopToolbar>
  );
}

function SituationDetails() {
  const situation = useRecordContext<SituationRecord>();
  const translate = useTranslate();
  const topicNames = useTopicNames();
  if (!situation) return null;
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h5">{situation.title}</Typography>
      <Stack direction="row" spacing={1} sx={{ my: 1, alignItems: 'center' }}>
        <Chip size="small" label={situation.key} />
        <SelectField source="category" choices={categoryChoices} />
        {situation.topic && <Chip size="small" variant="outlined" label={`${translate('resources.situations.fields.topic')}: ${topicNames.get(situation.topic) ?? situation.topic}`} />}
        {situation.isArchived && <Chip size="small" color="default" label={translate('resources.situations.fields.isArchived')} />}
      </Stack>

      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('resources.situations.fields.examples')}
      </Typography>
      {situation.examples.length === 0 && <Typography color="text.secondary">{translate('repbase.situations.noExamples')}</Typography>}
      <ul>
        {situation.examples.map((example) => (
          <li key={example.id}>
            <Typography>
              «{example.text}»{example.source === 'CONFIRMED' ? ` — ${translate('repbase.situations.confirmed')}` : ''}
            </Typography>
          </li>
        ))}
      </ul>

      <Typography variant="h6" sx={{ mt: 2, mb: 1 }}>
        {translate('resources.situations.fields.replies')}
      </Typography>
      {situation.replies.length === 0 && <Typography color="text.secondary">{translate('repbase.situations.noReplies')}</Typography>}
      {situation.replies.map((reply) => (
        <ReplyCard key={reply.id} reply={reply} />
      ))}
    </Box>
  );
}

export function SituationShow() {
  return (
    <Show actions={<ShowActions />}>
      <SituationDetails />
    </Show>
  );
}
