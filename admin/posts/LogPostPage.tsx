import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApiCall } from '../useApiCall';
import { LOG_POST, postKindChoices, type LoggedPost } from './graphql';

/** A representative logs news, an offer or an answer they posted; the brief's findings are shown at once. */
export function LogPostPage() {
  const translate = useTranslate();
  const { call, busy } = useApiCall();
  const { data: platforms = [] } = useGetList('platforms', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const [platformId, setPlatformId] = useState('');
  const [kind, setKind] = useState('NEWS');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [postedAt, setPostedAt] = useState('');
  const [logged, setLogged] = useState<LoggedPost | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { platformId, kind, text, url: url || null, postedAt: postedAt ? new Date(postedAt).toISOString() : null };
    const data = await call<{ logPost: LoggedPost }>(LOG_POST, { input }, { success: 'kpis.posts.logged', resource: 'posts' });
    if (data) {
      setLogged(data.logPost);
      setText('');
      setUrl('');
    }
  }

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="kpis.posts.logTitle" />
      <CardContent component="form" onSubmit={submit}>
        <Typography variant="body2" gutterBottom>
          {translate('kpis.posts.logIntro')}
        </Typography>
        <Stack spacing={2} sx={{ maxWidth: 720, mt: 2 }}>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextField select required fullWidth={false} label={translate('resources.posts.fields.platformId')} value={platformId} onChange={(event) => setPlatformId(event.target.value)} sx={{ minWidth: 280 }}>
              {platforms.map((platform) => (
                <MenuItem key={platform.id} value={platform.id}>
                  {platform.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField select fullWidth={false} label={translate('resources.posts.fields.kind')} value={kind} onChange={(event) => setKind(event.target.value)} sx={{ minWidth: 160 }}>
              {postKindChoices.map((choice) => (
                <MenuItem key={choice.id} value={choice.id}>
                  {translate(choice.name)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              type="datetime-local"
              fullWidth={false}
              label={translate('resources.posts.fields.postedAt')}
              value={postedAt}
              onChange={(event) => setPostedAt(event.target.value)}
              helperText={translate('kpis.posts.nowIfEmpty')}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Box>
          <TextField required multiline minRows={4} label={translate('resources.posts.fields.text')} value={text} onChange={(event) => setText(event.target.value)} slotProps={{ htmlInput: { 'data-testid': 'post-text' } }} />
          <TextField type="url" label={translate('resources.posts.fields.url')} value={url} onChange={(event) => setUrl(event.target.value)} />
          <Box sx={{ display: 'flex', gap: 2 }}>
            <Button type="submit" variant="contained" disabled={busy || !platformId || !text.trim()} data-testid="log-post">
              {translate('kpis.posts.log')}
            </Button>
            <Button component={Link} to="/posts">
              {translate('kpis.posts.backToList')}
            </Button>
          </Box>
        </Stack>
        {logged && (
          <Box sx={{ mt: 2 }} data-testid="logged-post">
            {logged.violations.length === 0 ? (
              <Alert severity="success">{translate('kpis.posts.loggedClean')}</Alert>
            ) : (
              <Stack spacing={1}>
                <Alert severity="warning">{translate('kpis.posts.loggedWithFindings', { count: logged.violations.length })}</Alert>
                {logged.violations.map((violation, index) => (
                  <Alert key={index} severity="warning" variant="outlined">
                    «{violation.fragment}»: {violation.message}
                  </Alert>
                ))}
              </Stack>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
