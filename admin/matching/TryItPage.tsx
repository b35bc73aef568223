import { Alert, Box, Button, Card, CardContent, Chip, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { ApiError, graphql } from '../graphql';
import { MATCH_SITUATIONS, type SituationMatches } from './graphql';
import { GuidancePanel } from './GuidancePanel';
import { useFormat } from '../common/format';

/** "Try it": paste a post, choose a platform, and see what an external tool would get from matchSituations. */
export function TryItPage() {
  const format = useFormat();
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [platformId, setPlatformId] = useState('');
  const [answer, setAnswer] = useState<SituationMatches | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const { data: platforms = [] } = useGetList('platforms', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setLoading(true);
    setError(null);
    try {
      const data = await graphql<{ matchSituations: SituationMatches }>(MATCH_SITUATIONS, { input: { text, platformId: platformId || null, limit: 5 } });
      setAnswer(data.matchSituations);
    } catch (caught) {
      setAnswer(null);
      setError(caught instanceof ApiError ? caught.message : translate('ra.notification.http_error'));
    } finally {
      setLoading(false);
    }
  }

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="matching.tryIt.title" />
      <Card>
        <CardContent component="form" onSubmit={submit}>
          <Typography variant="body2" gutterBottom>
            {translate('matching.tryIt.intro')}
          </Typography>
          <TextField
            label={translate('matching.tryIt.post')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            multiline
            minRows={4}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'post-text' } }}
          />
          <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
            <TextField select label={translate('matching.tryIt.platform')} value={platformId} onChange={(event) => setPlatformId(event.target.value)} sx={{ minWidth: 320 }}>
              <MenuItem value="">{translate('matching.tryIt.anyPlatform')}</MenuItem>
              {platforms.map((platform) => (
                <MenuItem key={platform.id} value={platform.id}>
                  {platform.name}
                </MenuItem>
              ))}
            </TextField>
            <Button type="submit" variant="contained" disabled={loading || !text.trim()}>
              {translate('matching.tryIt.submit')}
            </Button>
          </Stack>
        </CardContent>
      </Card>
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {error}
        </Alert>
      )}
      {answer && (
        <Stack spacing={2} sx={{ mt: 2 }} data-testid="match-result">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography>{translate('matching.tryIt.category')}:</Typography>
            <Chip color="primary" label={translate(`repbase.categories.${answer.category}`)} data-testid="post-category" />
          </Stack>
          {answer.noMatch && <Alert severity="warning">{translate('matching.tryIt.noMatch')}</Alert>}
          {answer.matches.map((match, index) => (
            <Card key={match.situation.id} data-testid="situation-match">
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
                  <Typography variant="h6">
                    {index + 1}. {match.situation.title}
                  </Typography>
                  <Chip size="small" label={translate(`repbase.categories.${match.situation.category}`)} />
                  <Chip size="small" variant="outlined" label={translate('matching.tryIt.score', { score: format.number(match.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) })} />
                </Stack>
                <Typography variant="caption" color="text.secondary">
                  {match.situation.key}
                  {match.situation.topic ? ` · ${match.situation.topic}` : ''}
                </Typography>
                <Typography sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>{match.reply ? match.reply.text : translate('matching.tryIt.noApprovedReply')}</Typography>
              </CardContent>
            </Card>
          ))}
          <GuidancePanel guidance={answer.guidance} />
        </Stack>
      )}
    </Box>
  );
}
