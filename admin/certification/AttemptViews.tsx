import { Box, Card, CardContent, Typography } from '@mui/material';
import { BooleanField, Datagrid, List, ReferenceInput, SelectField, SelectInput, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateField, NumberField, useFormat } from '../common/format';
import { attemptStatusChoices, questionTypeChoices } from './choices';

const filters = [
  <ReferenceInput key="quizId" source="quizId" reference="quizzes" alwaysOn>
    <SelectInput optionText="title" />
  </ReferenceInput>,
  <ReferenceInput key="representativeId" source="representativeId" reference="representatives" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={attemptStatusChoices} />,
];

/** Results by quiz or by person: every attempt with its score. */
export function AttemptList() {
  return (
    <List filters={filters} sort={{ field: 'startedAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="representativeName" sortable={false} />
        <TextField source="quizTitle" sortable={false} />
        <NumberField source="number" />
        <SelectField source="status" choices={attemptStatusChoices} />
        <DateField source="startedAt" showTime />
        <DateField source="submittedAt" showTime emptyText="—" />
        <NumberField source="score" emptyText="—" />
        <BooleanField source="passed" />
        <BooleanField source="autoSubmitted" />
      </Datagrid>
    </List>
  );
}

interface AttemptQuestionRow {
  id: string;
  position: number;
  type: string;
  text: string;
  material: string | null;
  choices: { id: string; text: string; isCorrect: boolean }[];
  acceptedAnswers: string[];
  answer: { choiceIds: string[]; text: string | null } | null;
  mark: number | null;
}

/** Each drawn question: what was answered, what was right, the mark. */
function AttemptQuestions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const questions: AttemptQuestionRow[] = record?.questions ?? [];
  const given = (question: AttemptQuestionRow) =>
    question.type === 'SHORT_ANSWER' ? (question.answer?.text ?? '') : question.choices.filter((choice) => question.answer?.choiceIds.includes(choice.id)).map((choice) => choice.text).join('; ');
  const right = (question: AttemptQuestionRow) => (question.type === 'SHORT_ANSWER' ? question.acceptedAnswers.join('; ') : question.choices.filter((choice) => choice.isCorrect).map((choice) => choice.text).join('; '));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {questions.map((question) => (
        <Card key={question.id} variant="outlined" data-testid="attempt-question">
          <CardContent>
            <Typography variant="subtitle2">
              {question.position}. {question.text} ({translate(questionTypeChoices.find((choice) => choice.id === question.type)!.name)})
            </Typography>
            {question.material && <Typography variant="body2" sx={{ borderLeft: 3, borderColor: 'grey.300', pl: 1, my: 1 }}>{question.material}</Typography>}
            <Typography variant="body2">{translate('certification.attempt.answer')}: {given(question) || translate('certification.attempt.none')}</Typography>
            <Typography variant="body2">{translate('certification.attempt.right')}: {right(question)}</Typography>
            <Typography variant="body2">{translate('certification.attempt.mark')}: {question.mark === null ? '—' : format.number(question.mark)}</Typography>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}

export function AttemptShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="representativeName" />
        <TextField source="quizTitle" />
        <NumberField source="number" />
        <SelectField source="status" choices={attemptStatusChoices} />
        <DateField source="startedAt" showTime />
        <DateField source="deadline" showTime emptyText="—" />
        <DateField source="submittedAt" showTime emptyText="—" />
        <NumberField source="score" emptyText="—" />
        <BooleanField source="passed" />
        <BooleanField source="autoSubmitted" />
        <AttemptQuestions />
      </SimpleShowLayout>
    </Show>
  );
}
