import { Alert, Box, Button, Card, CardContent, Chip, Link, MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useCreatePath, usePermissions, useRedirect, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { can, type Permissions } from '../authProvider';
import { categoryChoices } from '../crm/choices';
import { StatusChip } from '../crm/StatusChip';
import { graphql } from '../graphql';
import { useApiCall } from '../useApiCall';
import { AuthorCard } from './AuthorCard';
import { CaseActions } from './CaseActions';
import { CaseTimeline } from './CaseTimeline';
import { SuggestionCard } from './SuggestionCard';
import { CASE_PAGE, type CasePageData } from './graphql';
import { useFormat } from '../common/format';
import { CaseCertificationCard } from '../certification-standard/CaseCertificationCard';

/** The case page: the request, the author's history, the suggested reply, the reaction and the result. */
export function CaseShow() {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const format = useFormat();
  const { call } = useApiCall();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const { permissions } = usePermissions<Permissions>();
  const works = can(permissions, 'REPRESENTATIVE', 'PR_SPECIALIST');
  const page = useQuery({ queryKey: ['case-page', id], queryFn: () => graphql<{ Case: CasePageData }>(CASE_PAGE, { id }) });
  const data = page.data?.Case;
  const posting = useQuery({
    queryKey: ['can-post', data?.platformId],
    enabled: Boolean(data && works && !['RESOLVED', 'CLOSED'].includes(data.status)),
    queryFn: () => graphql<{ canPost: { allowed: boolean; reason: string | null } }>('query($id: ID!) { canPost(platformId: $id) { allowed reason } }', { id: data!.platformId }),
  });
  if (page.isLoading) return <Loading />;
  if (!data) return <Alert severity="error">{(page.error as Error | null)?.message ?? ''}</Alert>;
  const refetch = () => void page.refetch().then(() => posting.refetch());

  const classify = async (category: string) => {
    const classified = await call('mutation($id: ID!, $input: ClassifyCaseInput!) { classifyCase(id: $id, input: $input) { id } }', { id: data.id, input: { category, version: data.version } }, { success: 'crm.case.classified' });
    if (classified) refetch();
  };
  const draftStory = async () => {
    const drafted = await call<{ draftCaseStory: { id: string } }>('mutation($id: ID!) { draftCaseStory(caseId: $id) { id } }', { id: data.id }, { success: 'crm.stories.drafted' });
    if (drafted) redirect('edit', 'case-stories', drafted.draftCaseStory.id);
  };

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { md: '2fr 1fr' }, gap: 2, mt: 2 }}>
      <Title title={translate('crm.case.title', { author: data.author?.name ?? data.mention?.authorHandle ?? '', platform: data.platform?.name ?? '' })} />
      <Box>
        <Card variant="outlined">
          <CardContent>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <StatusChip status={data.status} />
              {data.isOverdue && <Chip size="small" color="error" label={translate('crm.case.overdue')} />}
              {data.mention && <Chip size="small" variant="outlined" label={`${translate('crm.case.sentiment')}: ${translate(`crm.sentiments.${data.mention.sentiment}`)}`} />}
              <Typography variant="body2" color="text.secondary">
                {data.platform?.name} · {format.dateTime(data.requestedAt)}
              </Typography>
            </Box>
            <Typography variant="overline" component="p" sx={{ mt: 1 }}>
              {translate('crm.case.request')}
            </Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }} data-testid="mention-text">
              {data.mention?.text}
            </Typography>
            {data.mention?.url && (
              <Link href={data.mention.url} target="_blank" rel="noreferrer" variant="body2">
                {translate('crm.case.openPost')}
              </Link>
            )}
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('crm.case.deadline')}: {data.deadlineAt ? format.dateTime(data.deadlineAt) : translate('crm.case.noDeadline')}
              {data.firstResponseHours !== null ? ` · ${translate('crm.case.firstResponse', { hours: data.firstResponseHours })}` : ''}
              {data.resolutionHours !== null ? ` · ${translate('crm.case.resolution', { hours: data.resolutionHours })}` : ''}
            </Typography>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mt: 2 }}>
              <TextField select size="small" label={translate('crm.case.classify')} value={data.category ?? ''} onChange={(event) => void classify(event.target.value)} disabled={!works} sx={{ minWidth: 240 }}>
                {categoryChoices.map((choice) => (
                  <MenuItem key={choice.id} value={choice.id}>
                    {translate(choice.name)}
                  </MenuItem>
                ))}
              </TextField>
              {data.situation && (
                <Typography variant="body2">
                  {translate('crm.case.situation')}: {data.situation.title}
                </Typography>
              )}
            </Box>
          </CardContent>
        </Card>
        <SuggestionCard data={data} canChoose={works} onChosen={refetch} />
        <Card variant="outlined" sx={{ mt: 2 }}>
          <CardContent>
            <Typography variant="overline">{translate('crm.case.suggestedReply')}</Typography>
            {data.suggestedReply ? (
              <Typography sx={{ whiteSpace: 'pre-wrap' }} data-testid="suggested-reply">
                {data.suggestedReply.text}
              </Typography>
            ) : (
              <Alert severity="warning">{translate('crm.case.noSuggestedReply')}</Alert>
            )}
            {posting.data && !posting.data.canPost.allowed && (
              <Alert severity="error" sx={{ mt: 1 }}>
                {translate('crm.case.postingBlocked', { reason: posting.data.canPost.reason ?? '' })}
              </Alert>
            )}
            {works && <CaseActions key={data.version} data={data} onDone={refetch} />}
          </CardContent>
        </Card>
        <Card variant="outlined" sx={{ mt: 2 }}>
          <CardContent>
            <CaseTimeline data={data} />
          </CardContent>
        </Card>
      </Box>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {data.author && <AuthorCard key={data.author.version} caseId={data.id} author={data.author} canEdit={works} onSaved={refetch} />}
        <CaseCertificationCard caseId={data.id} />
        {data.resolved !== null && (
          <Card variant="outlined">
            <CardContent>
              <Typography variant="overline">{translate('crm.case.result')}</Typography>
              {(['resolved', 'positiveFeedback', 'siteVisit', 'promoUsed'] as const).map((field) => (
                <Typography key={field} variant="body2">
                  {data[field] ? '✓' : '—'} {translate(`crm.case.${field}`)}
                </Typography>
              ))}
              {data.resultNote && <Typography variant="body2">{data.resultNote}</Typography>}
            </CardContent>
          </Card>
        )}
        {can(permissions, 'PR_SPECIALIST') && data.status === 'RESOLVED' && (
          <Button variant="outlined" onClick={() => (data.story ? redirect(createPath({ resource: 'case-stories', id: data.story.id, type: 'edit' })) : void draftStory())}>
            {translate('crm.stories.draft')}
          </Button>
        )}
      </Box>
    </Box>
  );
}
