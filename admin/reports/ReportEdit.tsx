import { Alert } from '@mui/material';
import { ArrayInput, Edit, NumberInput, SaveButton, SelectInput, SimpleForm, SimpleFormIterator, TextInput, Toolbar, minValue, useRecordContext, useTranslate } from 'react-admin';
import { kpiMetricChoices } from '../platforms/choices';
import { SECTIONS, type ReportRecord } from './graphql';

function ReviewNotes() {
  const report = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  if (!report?.reviewComment) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1, width: '100%' }} data-testid="report-review-comment">
      {translate('reports.reviewComment', { comment: report.reviewComment })}
      {report.comments.map((comment) => (
        <div key={comment.subject}>
          {translate(kpiMetricChoices.some((choice) => choice.id === comment.subject) ? `repbase.kpiMetrics.${comment.subject}` : `resources.reports.fields.${comment.subject}`)}: {comment.comment}
        </div>
      ))}
    </Alert>
  );
}

/** The author's narrative and corrections of figures the facts could not know; saved with the version read. */
export function ReportEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<Toolbar><SaveButton /></Toolbar>}>
        <ReviewNotes />
        {SECTIONS.map((section) => (
          <TextInput key={section} source={section} multiline minRows={3} fullWidth />
        ))}
        <ArrayInput source="figures">
          <SimpleFormIterator inline disableAdd disableRemove disableReordering>
            <SelectInput source="metric" choices={kpiMetricChoices} readOnly />
            <NumberInput source="value" validate={minValue(0)} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
}
