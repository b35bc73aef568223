import { ArrayInput, BooleanInput, SelectInput, SimpleForm, SimpleFormIterator, TextInput, maxLength, regex, required, useRecordContext } from 'react-admin';
import { useBriefTopics } from '../common/briefInForce';
import { EditToolbar } from '../common/EditToolbar';
import { categoryChoices } from './choices';

const slug = regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'repbase.situations.slugRule');

/** The topic, chosen from the brief in force (the API refuses any other); a stored topic the brief lost stays visible. */
function TopicInput() {
  const record = useRecordContext<{ topic?: string | null }>();
  const topics = useBriefTopics() ?? [];
  const choices = record?.topic && !topics.some((topic) => topic.id === record.topic) ? [...topics, { id: record.topic, name: record.topic }] : topics;
  return <SelectInput source="topic" choices={choices} emptyText="—" emptyValue="" parse={(value: string) => value || null} helperText="workflows.situations.topicHelp" sx={{ minWidth: 240 }} />;
}

export function SituationForm({ editing = false }: { editing?: boolean }) {
  return (
    <SimpleForm toolbar={<EditToolbar canDelete={(record) => !record.isArchived} confirmContent="deletes.situation" />}>
      <TextInput source="title" validate={[required(), maxLength(300)]} fullWidth />
      <TextInput source="key" validate={[required(), slug, maxLength(120)]} helperText="repbase.situations.keyHelp" />
      <SelectInput source="category" choices={categoryChoices} validate={required()} />
      <TopicInput />
      <ArrayInput source="examples">
        <SimpleFormIterator disableReordering fullWidth>
          <TextInput source="text" label="resources.situations.fields.exampleText" validate={required()} multiline fullWidth helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      {editing && <BooleanInput source="isArchived" />}
    </SimpleForm>
  );
}
