import { Alert, Box, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { ReplyFindings, useReplyCheck } from '../common/ReplyCheck';
import { ArrayInput, SelectArrayInput, SimpleForm, SimpleFormIterator, TextInput, maxLength, required, useRecordContext, useTranslate } from 'react-admin';
import { platformKindChoices } from '../platforms/choices';
import { EditToolbar } from '../common/EditToolbar';

function ApprovalWarning() {
  const reply = useRecordContext<{ status: string }>();
  const translate = useTranslate();
  if (reply?.status !== 'APPROVED') return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate('repbase.replies.rewordWarning')}
    </Alert>
  );
}

/** checkReply's findings on every wording while it is written: what approval will refuse shows here first. */
function LiveReplyCheck() {
  const translate = useTranslate();
  const [text, variants] = useWatch({ name: ['text', 'variants'] }) as [string | undefined, string[] | undefined];
  const { findings, checking } = useReplyCheck([text ?? '', ...(variants ?? []).filter((variant) => typeof variant === 'string')]);
  return (
    <Box sx={{ width: '100%', mb: 2 }}>
      <Typography variant="subtitle2" gutterBottom>
        {translate('repbase.replyCheck.title')}
      </Typography>
      <ReplyFindings findings={findings} checking={checking} />
    </Box>
  );
}

export function ReplyForm() {
  return (
    <SimpleForm
      toolbar={
        <EditToolbar
          canDelete={(record) => record.status !== 'RETIRED'}
          confirmContent="deletes.reply"
          redirect={(_resource, _id, data) => `situations/${data?.situationId}/show`}
        />
      }
    >
      <ApprovalWarning />
      <ArrayInput source="theses">
        <SimpleFormIterator disableReordering fullWidth>
          <TextInput source="" label="resources.replies.fields.thesis" validate={required()} fullWidth helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="text" validate={[required(), maxLength(10000)]} multiline minRows={4} fullWidth helperText="repbase.replies.placeholders" />
      <ArrayInput source="variants">
        <SimpleFormIterator disableReordering fullWidth>
          <TextInput source="" label="resources.replies.fields.variant" validate={required()} multiline fullWidth helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <LiveReplyCheck />
      <SelectArrayInput source="platformKinds" choices={platformKindChoices} helperText="repbase.replies.platformKindsHelp" />
    </SimpleForm>
  );
}
