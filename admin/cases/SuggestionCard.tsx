import { Alert, Autocomplete, Box, Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';
import { GuidancePanel } from '../matching/GuidancePanel';
import type { CasePageData } from './graphql';
import { useFormat } from '../common/format';

type Choice = { id: string; title: string; key: string };

/**
 * What the matcher suggests for the case's post (its situations with approved replies greeting the
 * author, and the brief's guidance). Accepting a situation, or picking another one, is classifyCase:
 * the post becomes a confirmed example of the situation chosen, and the base learns from it.
 */
export function SuggestionCard({ data, canChoose, onChosen }: { data: CasePageData; canChoose: boolean; onChosen: () => void }) {
  const format = useFormat();
  const translate = useTranslate();
  const { call } = useApiCall();
  const [other, setOther] = useState<Choice | null>(null);
  const [search, setSearch] = useState('');
  const { data: situations = [] } = useGetList<Choice>('situations', {
    pagination: { page: 1, perPage: 20 },
    sort: { field: 'title', order: 'ASC' },
    filter: search ? { q: search } : {},
  }, { enabled: canChoose });
  const { suggestion } = data;

  const choose = async (situationId: string) => {
    const chosen = await call('mutation($id: ID!, $input: ClassifyCaseInput!) { classifyCase(id: $id, input: $input) { id } }', { id: data.id, input: { situationId, version: data.version } }, { success: 'caseSuggestion.chosen' });
    if (!chosen) return;
    setOther(null);
    onChosen();
  };

  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="case-suggestion">
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="overline">{translate('caseSuggestion.title')}</Typography>
          <Chip size="small" color="primary" label={translate(`repbase.categories.${suggestion.category}`)} />
        </Stack>
        {suggestion.noMatch && <Alert severity="warning">{translate('caseSuggestion.noMatch')}</Alert>}
        {suggestion.matches.map((match) => {
          const chosen = match.situation.id === data.situationId;
          return (
            <Box key={match.situation.id} sx={{ borderTop: 1, borderColor: 'divider', py: 1 }} data-testid="suggested-situation">
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography sx={{ fontWeight: 500 }}>{match.situation.title}</Typography>
                <Chip size="small" variant="outlined" label={translate('matching.tryIt.score', { score: format.number(match.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })} />
                {chosen && <Chip size="small" color="success" label={translate('caseSuggestion.current')} />}
                {canChoose && !chosen && (
                  <Button size="small" onClick={() => void choose(match.situation.id)}>
                    {translate('caseSuggestion.accept')}
                  </Button>
                )}
              </Stack>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }} color={match.reply ? 'text.primary' : 'text.secondary'}>
                {match.reply ? match.reply.text : translate('matching.tryIt.noApprovedReply')}
              </Typography>
            </Box>
          );
        })}
        {canChoose && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1 }}>
            <Autocomplete
              sx={{ minWidth: 320, flex: 1 }}
              size="small"
              options={situations}
              value={other}
              getOptionLabel={(option) => option.title}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              onChange={(_event, value) => setOther(value)}
              onInputChange={(_event, value) => setSearch(value)}
              filterOptions={(options) => options}
              renderInput={(params) => <TextField {...params} label={translate('caseSuggestion.other')} />}
            />
            <Button variant="outlined" disabled={!other} onClick={() => other && void choose(other.id)}>
              {translate('caseSuggestion.choose')}
            </Button>
          </Stack>
        )}
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          {translate('caseSuggestion.learns')}
        </Typography>
      </CardContent>
      <Box sx={{ px: 2, pb: 2 }}>
        <GuidancePanel guidance={suggestion.guidance} />
      </Box>
    </Card>
  );
}
