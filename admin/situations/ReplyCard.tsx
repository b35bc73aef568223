import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { ReplyActions } from './ReplyActions';
import { ReplyRevisions } from './ReplyRevisions';
import { useFormat } from '../common/format';

export interface ReplyRecord {
  id: string;
  status: 'DRAFT' | 'APPROVED' | 'RETIRED';
  revision: number;
  version: number;
  text: string;
  variants: string[];
  theses: string[];
  platformKinds: string[];
  approvedAt: string | null;
  approvedBy: { name: string } | null;
}

const STATUS_COLOR = { DRAFT: 'warning', APPROVED: 'success', RETIRED: 'default' } as const;

/** One reply of a situation: status, where it is used, theses, the text and its variants. */
export function ReplyCard({ reply }: { reply: ReplyRecord }) {
  const format = useFormat();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const editor = can(permissions, 'PR_SPECIALIST');
  return (
    <Card variant="outlined" sx={{ mb: 2, opacity: reply.status === 'RETIRED' ? 0.7 : 1 }} data-testid={`reply-${reply.id}`}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Chip size="small" color={STATUS_COLOR[reply.status]} label={translate(`repbase.replyStatus.${reply.status}`)} data-testid="reply-status" />
          <Typography variant="body2" color="text.secondary">
            {translate('repbase.replies.revision', { revision: reply.revision })}
          </Typography>
          {reply.platformKinds.length === 0 ? (
            <Chip size="small" variant="outlined" label={translate('repbase.replies.everyPlatform')} />
          ) : (
            reply.platformKinds.map((kind) => <Chip key={kind} size="small" variant="outlined" label={translate(`repbase.platformKinds.${kind}`)} />)
          )}
          {reply.approvedAt && (
            <Typography variant="caption" color="success.main">
              {translate('repbase.replies.approvedBy', { name: reply.approvedBy?.name ?? '—', date: format.dateTime(reply.approvedAt) })}
            </Typography>
          )}
        </Stack>
        {reply.theses.length > 0 && (
          <Box sx={{ mb: 1 }}>
            <Typography variant="subtitle2">{translate('resources.replies.fields.theses')}</Typography>
            <ul style={{ margin: 0 }}>
              {reply.theses.map((thesis, index) => (
                <li key={index}>
                  <Typography variant="body2">{thesis}</Typography>
                </li>
              ))}
            </ul>
          </Box>
        )}
        <Typography variant="subtitle2">{translate('resources.replies.fields.text')}</Typography>
        <Typography sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>{reply.text}</Typography>
        {reply.variants.length > 0 && (
          <Box sx={{ mb: 1 }}>
            <Typography variant="subtitle2">{translate('resources.replies.fields.variants')}</Typography>
            {reply.variants.map((variant, index) => (
              <Typography key={index} variant="body2" sx={{ whiteSpace: 'pre-wrap', mb: 0.5 }}>
                {index + 1}. {variant}
              </Typography>
            ))}
          </Box>
        )}
        {editor && (
          <Stack spacing={1}>
            <ReplyActions reply={reply} />
            {/* Keyed by version: an approval or an edit reloads the history rather than showing the old one. */}
            <ReplyRevisions key={`${reply.id}:${reply.version}`} replyId={reply.id} />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
