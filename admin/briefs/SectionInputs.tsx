import { Alert, Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  ArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  NumberInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextArrayInput,
  TextInput,
  minValue,
  required,
  useSimpleFormIteratorItem,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { graphql } from '../graphql';
import {
  categoryChoices,
  contentRuleKindChoices,
  kpiMetricChoices,
  kpiPeriodChoices,
  platformKindChoices,
  policyChoices,
  postKindChoices,
} from './choices';
import { CERTIFYING_QUIZZES, RESPONSIBLE_ACCOUNTS, type Section } from './graphql';

/** react-admin 5.15 gives an inline row no class of its own (not `-inline`): its inputs wrap like words. */
const inlineRow = { '& .RaSimpleFormIterator-form': { flexWrap: 'wrap' }, '& .RaSimpleFormIterator-form > *': { flex: '1 1 220px' } };

/** One section of the brief: a list of items that can be added, removed and reordered. */
function SectionInput({ source, children }: { source: Section; children: ReactNode }) {
  return (
    <Box data-testid={`section-${source}`} sx={{ width: '100%' }}>
      <ArrayInput source={source} label={false}>
        <SimpleFormIterator inline fullWidth sx={inlineRow}>
          {children}
        </SimpleFormIterator>
      </ArrayInput>
    </Box>
  );
}

/** The item's key: shown so editors can see (and set) what the argument base and responsible people refer to. */
const KeyInput = () => <TextInput source="key" helperText="briefs.editor.keyHelp" sx={{ minWidth: 220 }} />;
/** Long text takes the rest of the row. */
const wide = { minWidth: 360, flexGrow: 1 };

const positive = minValue(0);
const platformInput = (
  <ReferenceInput source="platformId" reference="platforms">
    <SelectInput optionText="name" emptyText="briefs.editor.noPlatform" sx={{ minWidth: 240 }} />
  </ReferenceInput>
);

export const PostingRulesInput = () => (
  <SectionInput source="postingRules">
    {platformInput}
    <SelectInput source="platformKind" choices={platformKindChoices} emptyText="briefs.editor.anyPlatform" sx={{ minWidth: 240 }} />
    <NumberInput source="maxPostsPerDay" validate={positive} step={1} sx={{ minWidth: 200 }} />
    <NumberInput source="maxPostsPerWeek" validate={positive} step={1} sx={{ minWidth: 200 }} />
    <CheckboxGroupInput source="allowedPostKinds" choices={postKindChoices} defaultValue={['ANSWER']} row />
    <TextInput source="note" multiline sx={wide} />
    <RequiredQuizInput />
  </SectionInput>
);

/** The certifying quiz whose valid certificate is needed to post under the rule (the API refuses others). */
function RequiredQuizInput() {
  const { data = [] } = useQuery({
    queryKey: ['certifyingQuizzes'],
    queryFn: async () => (await graphql<{ allQuizzes: { id: string; title: string }[] }>(CERTIFYING_QUIZZES)).allQuizzes,
  });
  return <SelectInput source="requiredQuizId" choices={data} optionText="title" emptyText="briefs.editor.noCertificate" sx={{ minWidth: 260 }} />;
}

export const TopicsInput = () => (
  <SectionInput source="topics">
    <TextInput source="name" validate={required()} sx={{ minWidth: 260 }} />
    <KeyInput />
    <SelectInput source="policy" choices={policyChoices} defaultValue="ALLOWED" validate={required()} sx={{ minWidth: 220 }} />
    <TextArrayInput source="keywords" sx={{ minWidth: 360 }} />
    <TextInput source="note" multiline sx={wide} />
  </SectionInput>
);

export const ContentRulesInput = () => (
  <SectionInput source="contentRules">
    <SelectInput source="kind" choices={contentRuleKindChoices} defaultValue="STYLE" validate={required()} sx={{ minWidth: 240 }} />
    <TextInput source="text" validate={required()} multiline sx={wide} />
    <TextArrayInput source="variants" sx={{ minWidth: 300 }} />
    <TextInput source="note" multiline sx={wide} />
  </SectionInput>
);

export const ResponseDeadlinesInput = () => (
  <SectionInput source="responseDeadlines">
    <SelectInput source="platformKind" choices={platformKindChoices} emptyText="briefs.editor.anyPlatform" />
    <SelectInput source="category" choices={categoryChoices} emptyText="briefs.editor.anyCategory" />
    <NumberInput source="hours" validate={[required(), minValue(0.1)]} />
  </SectionInput>
);

export const StandardSituationsInput = () => (
  <SectionInput source="standardSituations">
    <TextInput source="name" validate={required()} sx={{ minWidth: 300 }} />
    <TextArrayInput source="triggers" sx={{ minWidth: 300 }} />
    <BooleanInput source="moveToPrivate" defaultValue={false} />
    <TextInput source="behaviour" validate={required()} multiline sx={wide} />
  </SectionInput>
);

/** Topics of the form as it stands: responsible people pick from these (saved topics have keys). */
function TopicKeysInput() {
  const topics = (useWatch({ name: 'topics' }) ?? []) as { key?: string; name?: string }[];
  const choices = topics.filter((topic) => topic.key).map((topic) => ({ id: topic.key!, name: topic.name ?? topic.key! }));
  return <SelectArrayInput source="topicKeys" choices={choices} helperText="briefs.editor.topicKeysHelp" sx={{ minWidth: 300 }} />;
}

function AccountInput() {
  const { data = [] } = useQuery({
    queryKey: ['briefResponsibleAccounts'],
    queryFn: async () => (await graphql<{ briefResponsibleAccounts: { id: string; name: string }[] }>(RESPONSIBLE_ACCOUNTS)).briefResponsibleAccounts,
  });
  return <SelectInput source="userId" choices={data} emptyText="briefs.editor.noAccount" sx={{ minWidth: 240 }} />;
}

export const ResponsiblePeopleInput = () => (
  <SectionInput source="responsiblePeople">
    <TextInput source="name" validate={required()} sx={{ minWidth: 220 }} />
    <TextInput source="position" validate={required()} sx={{ minWidth: 260 }} />
    <TopicKeysInput />
    <TextInput source="contact" validate={required()} sx={{ minWidth: 280 }} />
    <NumberInput source="answerWithinHours" validate={[required(), minValue(0.1)]} sx={{ minWidth: 220 }} />
    <AccountInput />
  </SectionInput>
);

/**
 * The API's warning for a saved target beyond its platform's ceiling (kpiCeilingWarnings), beside the
 * target: the rule lives on the server, so the warning follows the last save.
 */
function CeilingWarning() {
  const { index } = useSimpleFormIteratorItem();
  // The version's own field, loaded with the form (inside the iterator the record context is the item).
  const warnings: { key: string; target: number; ceiling: number }[] | undefined = useWatch({ name: 'kpiCeilingWarnings' });
  const translate = useTranslate();
  const key = useWatch({ name: `kpiTargets.${index}.key` });
  const warning = warnings?.find((candidate) => candidate.key === key);
  if (!warning) return null;
  return (
    <Alert severity="warning" data-testid="ceiling-warning" sx={{ py: 0 }}>
      {translate('briefs.editor.aboveCeiling', { target: warning.target, ceiling: warning.ceiling })}
    </Alert>
  );
}

export const KpiTargetsInput = () => (
  <SectionInput source="kpiTargets">
    <SelectInput source="metric" choices={kpiMetricChoices} validate={required()} />
    <NumberInput source="target" validate={[required(), positive]} />
    <SelectInput source="period" choices={kpiPeriodChoices} defaultValue="MONTH" validate={required()} />
    {platformInput}
    <BooleanInput source="isPriority" helperText="briefs.editor.priorityHelp" />
    <CeilingWarning />
  </SectionInput>
);
