import { Box, Button, Card, CardContent, Checkbox, Radio, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { graphql } from '../graphql';
import { useApiCall } from '../useApiCall';
import { QuestionCard, useSourceLabel } from './GenerationWizard';
import { APPROVE, QUEUE, sourcePath, UPDATE, type QueueItem } from './graphql';

/** A draft being edited: its wording, explanation, and which choice is right. */
function DraftEditor({ item, onDone }: { item: QueueItem; onDone: (saved: boolean) => void }) {
  const translate = useTranslate();
  const { call, busy } = useApiCall();
  const [text, setText] = useState(item.question.text);
  const [explanation, setExplanation] = useState(item.question.explanation ?? '');
  const [choices, setChoices] = useState(item.question.choices);
  const save = async () => {
    const saved = await call(UPDATE, { id: item.question.id, input: { text, explanation, choices, version: item.question.version } }, { success: 'standard.generation.editedSaved' });
    if (saved) onDone(true);
  };
  return (
    <Stack spacing={1} data-testid="draft-editor">
      <TextField label={translate('standard.generation.questionText')} value={text} onChange={(event) => setText(event.target.value)} multiline fullWidth />
      {choices.map((choice, index) => (
        <Stack direction="row" key={choice.id} sx={{ alignItems: 'center' }}>
          <Radio checked={choice.isCorrect} onChange={() => setChoices(choices.map((each) => ({ ...each, isCorrect: each.id === choice.id })))} slotProps={{ input: { 'aria-label': translate('standard.generation.rightAnswer') } }} />
          <TextField size="small" value={choice.text} onChange={(event) => setChoices(choices.map((each, at) => (at === index ? { ...each, text: event.target.value } : each)))} fullWidth />
        </Stack>
      ))}
      <TextField label={translate('standard.generation.explanation')} value={explanation} onChange={(event) => setExplanation(event.target.value)} multiline fullWidth />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={save} disabled={busy}>
          {translate('standard.generation.saveEdit')}
        </Button>
        <Button onClick={() => onDone(false)}>{translate('standard.generation.cancel')}</Button>
      </Stack>
    </Stack>
  );
}

/** The drafts awaiting review: read, edit, approve one or several at once. */
export function ReviewQueue({ refreshKey }: { refreshKey: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const sourceLabel = useSourceLabel();
  const { call, busy } = useApiCall();
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const queue = useQuery({
    queryKey: ['question-review-queue', refreshKey],
    queryFn: async () => (await graphql<{ questionReviewQueue: { total: number; items: QueueItem[] } }>(QUEUE, { page: 0, perPage: 100 })).questionReviewQueue,
  });
  const items = queue.data?.items ?? [];
  const approve = async (ids: string[]) => {
    const approved = await call<{ approveGeneratedQuestions: { id: string }[] }>(APPROVE, { ids });
    if (!approved) return;
    notify('standard.generation.approved', { type: 'success', messageArgs: { count: approved.approveGeneratedQuestions.length } });
    setSelected([]);
    void queue.refetch();
  };
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="review-queue">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography variant="h6">
            {translate('standard.generation.queue')} ({queue.data?.total ?? 0})
          </Typography>
          <Button variant="contained" disabled={busy || selected.length === 0} onClick={() => approve(selected)} data-testid="approve-selected">
            {translate('standard.generation.approveSelected', { count: selected.length })}
          </Button>
        </Stack>
        {items.length === 0 && <Typography color="text.secondary">{translate('standard.generation.queueEmpty')}</Typography>}
        <Stack spacing={2}>
          {items.map((item) => (
            <Box key={item.id} sx={{ display: 'flex', gap: 1 }} data-testid="queue-item">
              <Checkbox
                checked={selected.includes(item.question.id)}
                onChange={() => setSelected((current) => (current.includes(item.question.id) ? current.filter((id) => id !== item.question.id) : [...current, item.question.id]))}
              />
              <Box sx={{ flexGrow: 1 }}>
                {editing === item.question.id ? (
                  <DraftEditor item={item} onDone={(saved) => { setEditing(null); if (saved) void queue.refetch(); }} />
                ) : (
                  <>
                    <Typography variant="caption" color="text.secondary">
                      {translate(`standard.generation.generatorNames.${item.generator}`)}
                    </Typography>
                    <QuestionCard
                      prompt={item.question.text}
                      material={item.question.material}
                      choices={item.question.choices}
                      explanation={item.question.explanation}
                      path={sourcePath(item.question)}
                      sourceLabel={sourceLabel({ section: item.question.sourceBriefSection, itemKey: item.question.sourceBriefItemKey, situationId: item.question.sourceSituationId })}
                    />
                    <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
                      <Button size="small" onClick={() => setEditing(item.question.id)}>
                        {translate('standard.generation.edit')}
                      </Button>
                      <Button size="small" variant="outlined" disabled={busy} onClick={() => approve([item.question.id])}>
                        {translate('standard.generation.approve')}
                      </Button>
                    </Stack>
                  </>
                )}
              </Box>
            </Box>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
