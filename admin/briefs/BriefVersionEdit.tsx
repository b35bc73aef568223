import { Alert, Typography } from '@mui/material';
import { Edit, SaveButton, TabbedForm, TextInput, Toolbar, required, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { ApiError, graphql } from '../graphql';
import { fieldErrorsOf, toUpdateInput, UPDATE_DRAFT } from './graphql';
import {
  ContentRulesInput,
  KpiTargetsInput,
  PostingRulesInput,
  ResponseDeadlinesInput,
  ResponsiblePeopleInput,
  StandardSituationsInput,
  TopicsInput,
} from './SectionInputs';
import { StatusChip } from './StatusChip';
import { VersionTitle } from './VersionTitle';
import { WorkflowButtons, type VersionRecord } from './WorkflowButtons';

/** Save, then the workflow; submitting waits for unsaved changes to be saved, so what is reviewed is what was seen. */
function EditorToolbar() {
  const { isDirty } = useFormState();
  return (
    <Toolbar sx={{ gap: 1 }}>
      <SaveButton />
      <WorkflowButtons disabled={isDirty} />
    </Toolbar>
  );
}

function SectionHeading({ section }: { section: 'responseDeadlines' | 'standardSituations' }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 2, fontWeight: 500 }}>
      {translate(`briefs.sections.${section}`)}
    </Typography>
  );
}

function VersionHeading() {
  const record = useRecordContext<VersionRecord & { reviewComment: string | null; title: string }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Typography variant="h6" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        {translate('briefs.document.version', { number: record.number })} <StatusChip />
      </Typography>
      {record.reviewComment && (
        <Alert severity="warning" sx={{ my: 1 }} data-testid="review-comment">
          {translate('briefs.editor.reviewComment', { comment: record.reviewComment })}
        </Alert>
      )}
    </>
  );
}

/**
 * The draft editor: each section a tab of items. Saving sends the version the form was loaded with; if
 * someone saved in between, the API's CONFLICT (who changed which items) is shown and nothing is lost.
 */
export function BriefVersionEdit() {
  const notify = useNotify();
  const refresh = useRefresh();
  const save = async (values: Record<string, any>) => {
    try {
      await graphql(UPDATE_DRAFT, { id: values.id, input: { ...toUpdateInput(values), version: values.version } });
      notify('briefs.messages.saved', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      if (!(error instanceof ApiError)) {
        notify('ra.notification.http_error', { type: 'error' });
        return undefined;
      }
      // Field paths such as "topics.2.name" land next to the input they name.
      const fields = fieldErrorsOf(error.message, error.extensions?.fields);
      const invalid = Object.keys(fields).length > 0;
      notify(error.code === 'CONFLICT' ? 'repbase.errors.conflict' : invalid ? 'workflows.brief.invalid' : error.message, {
        type: 'error',
        autoHideDuration: 15_000,
        messageArgs: { message: error.message },
      });
      return fields;
    }
  };
  return (
    <Edit mutationMode="pessimistic" redirect={false} title={<VersionTitle />}>
      <TabbedForm onSubmit={save} toolbar={<EditorToolbar />} warnWhenUnsavedChanges>
        <TabbedForm.Tab label="briefs.tabs.general">
          <VersionHeading />
          <TextInput source="title" validate={required()} fullWidth />
        </TabbedForm.Tab>
        <TabbedForm.Tab label="briefs.tabs.postingRules" path="posting-rules">
          <PostingRulesInput />
        </TabbedForm.Tab>
        <TabbedForm.Tab label="briefs.tabs.topics" path="topics">
          <TopicsInput />
        </TabbedForm.Tab>
        <TabbedForm.Tab label="briefs.tabs.contentRules" path="content-rules">
          <ContentRulesInput />
        </TabbedForm.Tab>
        <TabbedForm.Tab label="briefs.tabs.regulations" path="regulations">
          <SectionHeading section="responseDeadlines" />
          <ResponseDeadlinesInput />
          <SectionHeading section="standardSituations" />
          <StandardSituationsInput />
        </TabbedForm.Tab>
        <TabbedForm.Tab label="briefs.tabs.responsiblePeople" path="responsible-people">
          <ResponsiblePeopleInput />
        </TabbedForm.Tab>
        <TabbedForm.Tab label="briefs.tabs.kpiTargets" path="kpi">
          <KpiTargetsInput />
        </TabbedForm.Tab>
      </TabbedForm>
    </Edit>
  );
}
