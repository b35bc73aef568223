import { Alert, Box, Button, Card, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Loading, Title, useRedirect, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { categoryChoices } from '../crm/choices';
import { useBriefTopics } from '../common/briefInForce';
import { graphql } from '../graphql';
import { useApiCall } from '../useApiCall';

interface Draft {
  key: string;
  title: string;
  category: string | null;
  topic: string | null;
  replyText: string;
  theses: string[];
  exampleText: string;
}

const QUERY = `query($id: ID!) {
  escalationArchiveDraft(id: $id) { key title category topic replyText theses exampleText }
  Escalation(id: $id) { id version caseId question answer assigneeName }
}`;

/** One step from an answer to the base: the form comes prefilled; the PR specialist checks and approves. */
export function ArchiveEscalationPage() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const { call } = useApiCall();
  const redirect = useRedirect();
  const loaded = useQuery({
    queryKey: ['archive-draft', id],
    queryFn: () => graphql<{ escalationArchiveDraft: Draft; Escalation: { version: number; caseId: string; question: string; answer: string; assigneeName: string } }>(QUERY, { id }),
  });
  const [form, setForm] = useState<(Omit<Draft, 'theses'> & { theses: string }) | null>(null);
  const topics = useBriefTopics() ?? [];
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (loaded.data && !form) setForm({ ...loaded.data.escalationArchiveDraft, theses: loaded.data.escalationArchiveDraft.theses.join('\n') });
  }, [loaded.data, form]);
  if (loaded.isLoading) return <Loading />;
  if (!loaded.data || !form) return <Alert severity="error">{(loaded.error as Error | null)?.message ?? ''}</Alert>;
  const escalation = loaded.data.Escalation;
  // The escalation's topic stays choosable even if the brief in force no longer has it (the API then asks for another).
  const topicChoices = form.topic && !topics.some((topic) => topic.id === form.topic) ? [...topics, { id: form.topic, name: form.topic }] : topics;

  const submit = async () => {
    const { exampleText: _post, ...fields } = form;
    const archived = await call('mutation($id: ID!, $input: ArchiveEscalationInput!) { archiveEscalationAnswer(id: $id, input: $input) { id } }', {
      id,
      input: { ...fields, topic: fields.topic || null, theses: fields.theses.split('\n').map((line) => line.trim()).filter(Boolean), variants: [], platformKinds: [], version: escalation.version },
    }, {
      success: 'crm.escalations.archived',
      // The API names the wrong fields (a key already used, a topic not in the brief): show each next to its field.
      onRefused: (error) => setFieldErrors(Object.fromEntries(Object.entries((error.body?.errors ?? {}) as Record<string, unknown>).filter(([field, text]) => field !== 'root' && typeof text === 'string') as [string, string][])),
    });
    if (archived) redirect('show', 'cases', escalation.caseId);
  };
  const field = (name: keyof typeof form) => ({
    value: form[name] ?? '',
    onChange: (event: { target: { value: string } }) => {
      setForm({ ...form, [name]: event.target.value });
      setFieldErrors(({ [name]: _fixed, ...others }) => others);
    },
    error: Boolean(fieldErrors[name]),
    helperText: fieldErrors[name],
    fullWidth: true,
  });

  return (
    <Card sx={{ mt: 2, maxWidth: 960 }}>
      <Title title={translate('crm.escalations.archiveTitle')} />
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="h6">{translate('crm.escalations.archiveTitle')}</Typography>
        <Alert severity="info">{translate('crm.escalations.archiveIntro')}</Alert>
        <Box>
          <Typography variant="body2" color="text.secondary">
            {escalation.question}
          </Typography>
          <Typography variant="body2">
            {escalation.assigneeName}: {escalation.answer}
          </Typography>
        </Box>
        <TextField label={translate('crm.escalations.title')} {...field('title')} />
        <TextField label={translate('crm.escalations.key')} {...field('key')} />
        <TextField select label={translate('crm.escalations.category')} {...field('category')}>
          {categoryChoices.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {translate(choice.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={translate('crm.escalations.topic')} {...field('topic')} data-testid="archive-topic">
          <MenuItem value="">—</MenuItem>
          {topicChoices.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={translate('crm.escalations.replyText')} multiline minRows={4} {...field('replyText')} />
        <TextField label={translate('crm.escalations.theses')} multiline minRows={3} {...field('theses')} />
        <TextField label={translate('crm.escalations.example')} multiline value={form.exampleText} fullWidth disabled />
        <Box>
          <Button variant="contained" onClick={() => void submit()} disabled={!form.category || !form.replyText.trim() || !form.key.trim()}>
            {translate('crm.escalations.submit')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}
