import { Typography } from '@mui/material';
import { Button, Edit, SaveButton, SimpleForm, TextInput, Toolbar, required, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useApiCall } from '../useApiCall';

function Length() {
  const translate = useTranslate();
  const text = useWatch({ name: 'text' }) as string | undefined;
  const count = text?.length ?? 0;
  return (
    <Typography variant="body2" color={count >= 1500 && count <= 2500 ? 'success.main' : 'error'} data-testid="story-length">
      {translate('crm.stories.length', { count })}
    </Typography>
  );
}

function PublishButton() {
  const record = useRecordContext<{ id: string; version: number; status: string }>();
  const { call } = useApiCall();
  const refresh = useRefresh();
  if (!record || record.status === 'PUBLISHED') return null;
  const publish = async () => {
    const published = await call('mutation($id: ID!, $version: Int!) { publishCaseStory(id: $id, version: $version) { id } }', { id: record.id, version: record.version }, { success: 'crm.stories.published' });
    if (published) refresh();
  };
  return <Button label="crm.stories.publish" variant="outlined" onClick={() => void publish()} sx={{ ml: 2 }} />;
}

function StoryToolbar() {
  const record = useRecordContext<{ status: string }>();
  return (
    <Toolbar>
      {record?.status !== 'PUBLISHED' && <SaveButton />}
      <PublishButton />
    </Toolbar>
  );
}

/** The PR specialist edits the generated story and publishes it. */
export function CaseStoryEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<StoryToolbar />}>
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="text" validate={required()} multiline minRows={16} fullWidth />
        <Length />
      </SimpleForm>
    </Edit>
  );
}
