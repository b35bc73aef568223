import { Box, Button, Card, CardContent, Chip, Link, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useCreatePath, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useApiCall } from '../useApiCall';
import { StatusChip } from '../crm/StatusChip';
import type { CasePageData } from './graphql';
import { useFormat } from '../common/format';

/** "Who is this, did they write before, about what, were their problems solved", and the team's notes. */
export function AuthorCard({ caseId, author, canEdit, onSaved }: { caseId: string; author: NonNullable<CasePageData['author']>; canEdit: boolean; onSaved: () => void }) {
  const format = useFormat();
  const translate = useTranslate();
  const { call } = useApiCall();
  const createPath = useCreatePath();
  const [notes, setNotes] = useState(author.notes ?? '');
  const { history } = author;
  const earlier = author.cases.filter((other) => other.id !== caseId);

  const save = async () => {
    const saved = await call('mutation($id: ID!, $input: UpdateAuthorInput!) { updateAuthor(id: $id, input: $input) { id } }', { id: author.id, input: { notes, version: author.version } }, { success: 'crm.case.notesSaved' });
    if (saved) onSaved();
  };

  return (
    <Card variant="outlined" data-testid="author-card">
      <CardContent>
        <Typography variant="overline">{translate('crm.case.author')}</Typography>
        <Typography variant="h6">{author.name ?? author.handle}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          @{author.handle}
        </Typography>
        <Typography variant="body2" gutterBottom>
          {history.caseCount <= 1
            ? translate('crm.case.firstTime')
            : translate('crm.case.history', { count: history.caseCount, resolved: history.resolvedCount, unresolved: history.unresolvedCount, open: history.openCount })}
        </Typography>
        <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', mb: 1 }}>
          {history.categories.map((entry) => (
            <Chip key={entry.category} size="small" variant="outlined" label={`${translate(`repbase.categories.${entry.category}`)} · ${entry.count}`} />
          ))}
        </Stack>
        {earlier.map((other) => (
          <Box key={other.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', mb: 0.5 }}>
            <StatusChip status={other.status} />
            <Link component={RouterLink} to={createPath({ resource: 'cases', id: other.id, type: 'show' })} variant="body2">
              {format.date(other.requestedAt)}
              {other.category ? ` · ${translate(`repbase.categories.${other.category}`)}` : ''}
            </Link>
          </Box>
        ))}
        <TextField
          label={translate('crm.case.notes')}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          multiline
          minRows={2}
          fullWidth
          size="small"
          sx={{ mt: 1 }}
          disabled={!canEdit}
        />
        {canEdit && (
          <Button size="small" sx={{ mt: 1 }} onClick={() => void save()} disabled={notes === (author.notes ?? '')}>
            {translate('crm.case.saveNotes')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
