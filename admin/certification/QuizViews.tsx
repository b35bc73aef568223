import { Box, Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  DateTimeInput,
  Edit,
  List,
  NumberInput,
  ReferenceArrayInput,

  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  minValue,
  maxValue,
  required,
  useRecordContext,
  useTranslate,
  Link,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { NumberField, useFormat } from '../common/format';
import { graphql } from '../graphql';
import { useApiCall } from '../useApiCall';
import { gradingChoices, reviewChoices } from './choices';

export function QuizList() {
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'title', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <NumberField source="questionCount" />
        <NumberField source="timeLimitMinutes" emptyText="—" />
        <NumberField source="attemptsAllowed" emptyText="∞" />
        <SelectField source="grading" choices={gradingChoices} />
        <NumberField source="passMark" />
        <BooleanField source="certifying" />
      </Datagrid>
    </List>
  );
}

function QuizForm({ editing = false }: { editing?: boolean }) {
  return (
    <SimpleForm toolbar={<EditToolbar canDelete={(record) => !record.isArchived} />}>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" multiline fullWidth />
      <ReferenceArrayInput source="categoryIds" reference="question-categories">
        <SelectArrayInput optionText="name" label="resources.quizzes.fields.categoryIds" />
      </ReferenceArrayInput>
      <TextInput source="tags" parse={(value: string) => value.split(',')} format={(value?: string[]) => (value ?? []).join(',')} />
      <NumberInput source="questionCount" validate={[required(), minValue(1)]} defaultValue={10} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <BooleanInput source="shuffleQuestions" defaultValue />
        <BooleanInput source="shuffleChoices" defaultValue />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput source="timeLimitMinutes" validate={minValue(1)} />
        <NumberInput source="attemptsAllowed" validate={minValue(1)} />
        <NumberInput source="delayBetweenAttemptsMinutes" validate={minValue(0)} defaultValue={0} />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <SelectInput source="grading" choices={gradingChoices} defaultValue="HIGHEST" />
        <NumberInput source="passMark" validate={[required(), minValue(0), maxValue(100)]} defaultValue={80} />
        <SelectInput source="review" choices={reviewChoices} defaultValue="SCORE_ONLY" />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <DateTimeInput source="opensAt" />
        <DateTimeInput source="closesAt" />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <BooleanInput source="certifying" />
        <NumberInput source="certificateValidityDays" validate={minValue(1)} />
      </Box>
      {editing && <BooleanInput source="isArchived" />}
    </SimpleForm>
  );
}

interface PersonResult {
  representativeId: string;
  representativeName: string;
  attemptsUsed: number;
  grade: number | null;
  passed: boolean | null;
  lastSubmittedAt: string | null;
  attemptInProgressId: string | null;
}

/** Results by person for the quiz being edited, graded by its method. */
function QuizResults() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const results = useQuery({
    queryKey: ['quiz-results', record?.id],
    enabled: Boolean(record?.id),
    queryFn: () =>
      graphql<{ quizResults: PersonResult[] }>(
        'query($id: ID!) { quizResults(quizId: $id) { representativeId representativeName attemptsUsed grade passed lastSubmittedAt attemptInProgressId } }',
        { id: record!.id },
      ),
  });
  const rows = results.data?.quizResults ?? [];
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="quiz-results">
      <CardContent>
        <Typography variant="h6">{translate('certification.results.title')}</Typography>
        {rows.length === 0 ? (
          <Typography color="text.secondary">{translate('certification.results.empty')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('certification.results.person')}</TableCell>
                <TableCell align="right">{translate('certification.results.attemptsUsed')}</TableCell>
                <TableCell align="right">{translate('certification.results.grade')}</TableCell>
                <TableCell />
                <TableCell>{translate('certification.results.lastSubmittedAt')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.representativeId} data-testid="result-row">
                  <TableCell>
                    <Link to={`/quiz-attempts?filter=${encodeURIComponent(JSON.stringify({ quizId: record!.id, representativeId: row.representativeId }))}`}>{row.representativeName}</Link>
                  </TableCell>
                  <TableCell align="right">{format.number(row.attemptsUsed)}</TableCell>
                  <TableCell align="right">{row.grade === null ? '—' : `${format.number(row.grade)}%`}</TableCell>
                  <TableCell>
                    {row.attemptInProgressId
                      ? translate('certification.results.inProgress')
                      : row.passed === null
                        ? ''
                        : translate(row.passed ? 'certification.results.passed' : 'certification.results.failed')}
                  </TableCell>
                  <TableCell>{row.lastSubmittedAt ? format.dateTime(row.lastSubmittedAt) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/** Extra time and attempts for one representative (Moodle's user override). */
function QuizOverrides() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { call, busy } = useApiCall();
  const [representativeId, setRepresentativeId] = useState('');
  const [extraMinutes, setExtraMinutes] = useState(0);
  const [extraAttempts, setExtraAttempts] = useState(0);
  const people = useQuery({
    queryKey: ['representatives-for-override'],
    queryFn: () => graphql<{ allRepresentatives: { id: string; name: string }[] }>('{ allRepresentatives(perPage: 500) { id name } }'),
  });
  const overrides = useQuery({
    queryKey: ['quiz-overrides', record?.id],
    enabled: Boolean(record?.id),
    queryFn: () => graphql<{ quizOverrides: { representativeId: string; extraMinutes: number; extraAttempts: number }[] }>('query($id: ID!) { quizOverrides(quizId: $id) { representativeId extraMinutes extraAttempts } }', { id: record!.id }),
  });
  const nameOf = (id: string) => people.data?.allRepresentatives.find((person) => person.id === id)?.name ?? id;
  const save = async () => {
    await call('mutation($input: QuizOverrideInput!) { setQuizOverride(input: $input) { id } }', { input: { quizId: record!.id, representativeId, extraMinutes, extraAttempts } }, { success: 'certification.overrides.saved' });
    await overrides.refetch();
  };
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" sx={{ width: '100%' }}>
          {translate('certification.overrides.title')}
        </Typography>
        {(overrides.data?.quizOverrides ?? []).map((override) => (
          <Typography key={override.representativeId} variant="body2" sx={{ width: '100%' }} data-testid="quiz-override">
            {translate('certification.overrides.line', { name: nameOf(override.representativeId), minutes: override.extraMinutes, attempts: override.extraAttempts })}
          </Typography>
        ))}
        <MuiTextField select size="small" label={translate('certification.overrides.representative')} value={representativeId} onChange={(event) => setRepresentativeId(event.target.value)} sx={{ minWidth: 240 }} slotProps={{ select: { native: true } }}>
          <option value="" />
          {(people.data?.allRepresentatives ?? []).map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </MuiTextField>
        <MuiTextField size="small" type="number" label={translate('certification.overrides.extraMinutes')} value={extraMinutes} onChange={(event) => setExtraMinutes(Number(event.target.value))} />
        <MuiTextField size="small" type="number" label={translate('certification.overrides.extraAttempts')} value={extraAttempts} onChange={(event) => setExtraAttempts(Number(event.target.value))} />
        <Button variant="outlined" disabled={!representativeId || busy} onClick={() => void save()}>
          {translate('certification.overrides.save')}
        </Button>
      </CardContent>
    </Card>
  );
}

export const QuizCreate = () => (
  <Create redirect="edit">
    <QuizForm />
  </Create>
);

export const QuizEdit = () => (
  <Edit mutationMode="pessimistic" aside={undefined}>
    <QuizForm editing />
    <QuizResults />
    <QuizOverrides />
  </Edit>
);

