import { Button } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,

  Create,
  Datagrid,
  Edit,
  FormDataConsumer,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  required,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { DateField } from '../common/format';
import { useApiCall } from '../useApiCall';
import { briefSectionChoices, questionStatusChoices, questionTypeChoices } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="categoryId" source="categoryId" reference="question-categories" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="type" source="type" choices={questionTypeChoices} />,
  <SelectInput key="status" source="status" choices={questionStatusChoices} alwaysOn />,
  <TextInput key="tag" source="tag" />,
];

/** Approves a draft after review: only approved questions are drawn into attempts. */
export function ApproveQuestionButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const { call, busy } = useApiCall();
  if (!record || record.status !== 'DRAFT') return null;
  const approve = async () => {
    const done = await call('mutation($id: ID!, $version: Int!) { approveQuestion(id: $id, version: $version) { id } }', { id: record.id, version: record.version }, { success: 'certification.approved' });
    if (done) refresh();
  };
  return (
    <Button size="small" variant="outlined" disabled={busy} onClick={(event) => (event.stopPropagation(), void approve())} data-testid="approve-question">
      {translate('certification.approve')}
    </Button>
  );
}

export function QuestionList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="text" />
        <SelectField source="type" choices={questionTypeChoices} />
        <ReferenceField source="categoryId" reference="question-categories" link={false} />
        <SelectField source="status" choices={questionStatusChoices} />
        <DateField source="updatedAt" showTime />
        <ApproveQuestionButton />
      </Datagrid>
    </List>
  );
}

const CHOICE_TYPES = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'PICK_THE_REPLY', 'FIND_THE_FAULT'];

/** The part of the editor that depends on the type: choices, true/false, accepted answers, material. */
function AnswerEditor() {
  const translate = useTranslate();
  return (
    <FormDataConsumer>
      {({ formData }) => (
        <>
          {(formData.type === 'PICK_THE_REPLY' || formData.type === 'FIND_THE_FAULT') && (
            <TextInput source="material" multiline minRows={3} fullWidth validate={required()} helperText={translate(`certification.materialHelp.${formData.type}`)} />
          )}
          {CHOICE_TYPES.includes(formData.type) && (
            <ArrayInput source="choices">
              <SimpleFormIterator inline>
                <TextInput source="text" validate={required()} sx={{ minWidth: 360 }} />
                <BooleanInput source="isCorrect" />
                {formData.type === 'FIND_THE_FAULT' && <TextInput source="faultKind" />}
              </SimpleFormIterator>
            </ArrayInput>
          )}
          {formData.type === 'TRUE_FALSE' && <BooleanInput source="isTrue" defaultValue={formData.choices?.find((choice: { id: string }) => choice.id === 'true')?.isCorrect ?? true} />}
          {formData.type === 'SHORT_ANSWER' && <TextInput source="acceptedAnswers" multiline fullWidth parse={(value: string) => value.split('\n')} format={(value?: string[]) => (value ?? []).join('\n')} />}
        </>
      )}
    </FormDataConsumer>
  );
}

function QuestionForm() {
  return (
    <SimpleForm toolbar={<EditToolbar canDelete={() => true} />}>
      <ReferenceInput source="categoryId" reference="question-categories">
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <SelectInput source="type" choices={questionTypeChoices} validate={required()} defaultValue="SINGLE_CHOICE" />
      <TextInput source="text" multiline fullWidth validate={required()} />
      <AnswerEditor />
      <TextInput source="explanation" multiline fullWidth />
      <TextInput source="tags" parse={(value: string) => value.split(',')} format={(value?: string[]) => (value ?? []).join(',')} fullWidth />
      <SelectInput source="status" choices={questionStatusChoices} defaultValue="DRAFT" />
      <SelectInput source="sourceBriefSection" choices={briefSectionChoices} emptyText="—" />
      <TextInput source="sourceBriefItemKey" />
    </SimpleForm>
  );
}

export const QuestionCreate = () => (
  <Create redirect="list">
    <QuestionForm />
  </Create>
);

export const QuestionEdit = () => (
  <Edit mutationMode="pessimistic">
    <QuestionForm />
  </Edit>
);

