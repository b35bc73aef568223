import { Alert } from '@mui/material';
import { Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { BriefDocument, type BriefVersionData } from './BriefDocument';
import { VersionTitle } from './VersionTitle';
import { WorkflowButtons } from './WorkflowButtons';

function VersionDocument() {
  const record = useRecordContext<BriefVersionData & { reviewComment: string | null }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {record.status === 'IN_REVIEW' && record.reviewComment && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('briefs.editor.reviewComment', { comment: record.reviewComment })}
        </Alert>
      )}
      <BriefDocument version={record} />
    </>
  );
}

/** A version under review, in force or archived: the document and the steps its state allows. */
export function BriefVersionShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <WorkflowButtons />
        </TopToolbar>
      }
      title={<VersionTitle />}
      sx={{ '& .RaShow-card': { p: 3 } }}
    >
      <VersionDocument />
    </Show>
  );
}
