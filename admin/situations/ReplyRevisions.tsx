import { Box, Button, Divider, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';
import { useFormat } from '../common/format';

interface RevisionRecord {
  revision: number;
  text: string;
  variants: string[];
  theses: string[];
  createdAt: string;
  createdBy: { name: string } | null;
  approvedAt: string | null;
  approvalOverrideReason: string | null;
  approvedBy: { name: string } | null;
}

const REVISIONS = `query($id: ID!) { Reply(id: $id) { revisions { revision text variants theses createdAt createdBy { name } approvedAt approvedBy { name } approvalOverrideReason } } }`;

/** Every wording a reply has had, loaded when asked for (PR specialists and administrators). */
export function ReplyRevisions({ replyId }: { replyId: string }) {
  const format = useFormat();
  const translate = useTranslate();
  const { call } = useApiCall();
  const [revisions, setRevisions] = useState<RevisionRecord[] | null>(null);

  const toggle = async () => {
    if (revisions) return setRevisions(null);
    const answer = await call<{ Reply: { revisions: RevisionRecord[] } }>(REVISIONS, { id: replyId });
    if (answer) setRevisions(answer.Reply.revisions);
  };

  return (
    <Box>
      <Button size="small" onClick={() => void toggle()}>
        {translate(revisions ? 'repbase.replies.hideRevisions' : 'repbase.replies.showRevisions')}
      </Button>
      {revisions?.map((revision) => (
        <Box key={revision.revision} sx={{ pl: 2, py: 1, borderLeft: 3, borderColor: revision.approvedAt ? 'success.light' : 'grey.300', mb: 1 }}>
          <Typography variant="subtitle2">
            {translate('repbase.replies.revision', { revision: revision.revision })} · {format.dateTime(revision.createdAt)}
            {revision.createdBy ? ` · ${revision.createdBy.name}` : ''}
          </Typography>
          <Typography variant="caption" color={revision.approvedAt ? 'success.main' : 'text.secondary'}>
            {revision.approvedAt
              ? translate('repbase.replies.approvedBy', { name: revision.approvedBy?.name ?? '—', date: format.dateTime(revision.approvedAt) })
              : translate('repbase.replies.neverApproved')}
          </Typography>
          {revision.approvalOverrideReason && (
            <Typography variant="caption" color="error" component="div">
              {translate('repbase.replies.approvedDespite', { reason: revision.approvalOverrideReason })}
            </Typography>
          )}
          <Typography sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>{revision.text}</Typography>
          {revision.variants.map((variant, index) => (
            <Typography key={index} variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
              {index + 1}. {variant}
            </Typography>
          ))}
          <Divider sx={{ mt: 1 }} />
        </Box>
      ))}
    </Box>
  );
}
