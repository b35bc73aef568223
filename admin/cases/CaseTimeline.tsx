import { Box, Chip, Divider, Link, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CasePageData } from './graphql';
import { useFormat } from '../common/format';

/** The reaction (posts), the escalations and every move of the case. */
export function CaseTimeline({ data }: { data: CasePageData }) {
  const translate = useTranslate();
  const { dateTime: when } = useFormat();
  return (
    <Box>
      <Typography variant="h6">{translate('crm.case.reactions')}</Typography>
      {data.reactions.length === 0 && <Typography color="text.secondary">{translate('crm.case.noReactions')}</Typography>}
      {data.reactions.map((reaction) => (
        <Box key={reaction.id} sx={{ my: 1, p: 1.5, bgcolor: 'grey.50', borderRadius: 1 }}>
          <Typography variant="caption" color="text.secondary">
            {translate('crm.case.by', { who: `${reaction.officialAccount?.displayName ?? ''} (${reaction.user?.name ?? ''})`, when: when(reaction.postedAt) })}
            {reaction.replyRevision ? ` · ${translate('crm.case.useReply')} (v${reaction.replyRevision})` : ''}
            {reaction.edited ? ` · ${translate('crm.case.editedReply')}` : ''}
            {reaction.overrideReason ? ` · ${translate('crm.case.postedDespite', { reason: reaction.overrideReason })}` : ''}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {reaction.text}
          </Typography>
          {reaction.postUrl && (
            <Link href={reaction.postUrl} target="_blank" rel="noreferrer" variant="caption">
              {reaction.postUrl}
            </Link>
          )}
        </Box>
      ))}
      {data.escalations.length > 0 && (
        <>
          <Divider sx={{ my: 2 }} />
          <Typography variant="h6">{translate('crm.case.escalations')}</Typography>
          {data.escalations.map((escalation) => (
            <Box key={escalation.id} sx={{ my: 1 }}>
              <Chip size="small" color={escalation.status === 'OPEN' ? 'warning' : 'success'} label={translate(`crm.escalationStatuses.${escalation.status}`)} />{' '}
              <Typography component="span" variant="body2">
                {escalation.assigneePosition ? `${escalation.assigneeName}, ${escalation.assigneePosition}` : escalation.assigneeName}
                {escalation.dueAt ? ` · ${translate('crm.questions.due', { date: when(escalation.dueAt) })}` : ''}
                {escalation.requestedById ? '' : ` · ${translate('caseSuggestion.escalatedAtIngest')}`}
              </Typography>
              <Typography variant="body2">{escalation.question}</Typography>
              {escalation.answer && (
                <Typography variant="body2" color="success.main">
                  {translate('crm.questions.yourAnswer', { answer: escalation.answer })}
                </Typography>
              )}
            </Box>
          ))}
        </>
      )}
      <Divider sx={{ my: 2 }} />
      <Typography variant="h6">{translate('crm.case.timeline')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {when(data.requestedAt)} · {translate('crm.caseStatuses.NEW')}
      </Typography>
      {data.transitions.map((step) => (
        <Typography key={step.id} variant="body2" data-testid="transition">
          {when(step.createdAt)} · {translate(`crm.caseStatuses.${step.fromStatus}`)} → {translate(`crm.caseStatuses.${step.toStatus}`)} · {step.actorLabel}
          {step.note ? ` · ${step.note}` : ''}
        </Typography>
      ))}
    </Box>
  );
}
