import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useGetMany, useTranslate } from 'react-admin';
import { useFormat } from '../common/format';

export interface BriefVersionData {
  number: number;
  status: string;
  title: string;
  approvedAt: string | null;
  approvedBy?: { name: string } | null;
  postingRules: { key: string; platformId: string | null; platformKind: string | null; maxPostsPerDay: number | null; maxPostsPerWeek: number | null; allowedPostKinds: string[]; note: string | null }[];
  topics: { key: string; name: string; policy: string; keywords: string[]; note: string | null }[];
  contentRules: { key: string; kind: string; text: string; variants: string[]; note: string | null }[];
  responseDeadlines: { key: string; platformKind: string | null; category: string | null; hours: number }[];
  standardSituations: { key: string; name: string; triggers: string[]; behaviour: string; moveToPrivate: boolean }[];
  responsiblePeople: { key: string; name: string; position: string; topicKeys: string[]; contact: string; answerWithinHours: number }[];
  kpiTargets: { key: string; metric: string; target: number; period: string; platformId: string | null; isPriority?: boolean }[];
}

function Heading({ children }: { children: ReactNode }) {
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1, breakAfter: 'avoid' }}>
      {children}
    </Typography>
  );
}

function Nothing() {
  const translate = useTranslate();
  return <Typography color="text.secondary">{translate('briefs.document.nothing')}</Typography>;
}

function Grid({ header, rows }: { header: string[]; rows: ReactNode[][] }) {
  if (rows.length === 0) return <Nothing />;
  return (
    <Table size="small" sx={{ breakInside: 'auto' }}>
      <TableHead>
        <TableRow>
          {header.map((label) => (
            <TableCell key={label} sx={{ fontWeight: 600 }}>
              {label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row, index) => (
          <TableRow key={index} sx={{ breakInside: 'avoid' }}>
            {row.map((value, cell) => (
              <TableCell key={cell}>{value ?? '—'}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The brief as a readable document: what representatives study, and what prints. */
export function BriefDocument({ version }: { version: BriefVersionData }) {
  const translate = useTranslate();
  const format = useFormat();
  const platformIds = [...new Set([...version.postingRules, ...version.kpiTargets].map((item) => item.platformId).filter((id): id is string => Boolean(id)))];
  const { data: platforms = [] } = useGetMany('platforms', { ids: platformIds }, { enabled: platformIds.length > 0 });
  const t = (key: string, options?: Record<string, unknown>) => translate(`briefs.document.${key}`, options);
  const hours = (value: number) => t('hours', { smart_count: value });
  const place = (item: { platformId: string | null; platformKind?: string | null }) =>
    item.platformId
      ? (platforms.find((platform) => platform.id === item.platformId)?.name ?? item.platformId)
      : item.platformKind
        ? t('everyPlatformOfKind', { kind: translate(`repbase.platformKinds.${item.platformKind}`) })
        : t('everyPlatform');
  const topicName = new Map(version.topics.map((topic) => [topic.key, topic.name]));
  const quoted = (values: string[]) => values.map((value) => `«${value}»`).join(', ');
  const status =
    version.status === 'APPROVED' && version.approvedAt
      ? t('inForceSince', { date: format.longDate(version.approvedAt) }) +
        (version.approvedBy ? `; ${t('approvedBy', { name: version.approvedBy.name })}` : '')
      : t('notInForce', { status: translate(`briefs.statuses.${version.status}`) });

  return (
    <Box component="article" data-testid="brief-document" sx={{ maxWidth: 1100 }}>
      <Typography variant="h5" component="h1">
        {version.title}
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        {t('version', { number: version.number })} — {status}
      </Typography>

      <Heading>1. {translate('briefs.sections.postingRules')}</Heading>
      <Grid
        header={[t('where'), t('perDay'), t('perWeek'), t('postKinds'), t('note')]}
        rows={version.postingRules.map((rule) => [
          place(rule),
          rule.maxPostsPerDay,
          rule.maxPostsPerWeek,
          rule.allowedPostKinds.map((kind) => translate(`briefs.postKinds.${kind}`)).join(', '),
          rule.note,
        ])}
      />

      <Heading>2. {translate('briefs.sections.topics')}</Heading>
      {version.topics.length === 0 && <Nothing />}
      {['ALLOWED', 'FORBIDDEN', 'NO_COMMENT'].map((policy) => {
        const topics = version.topics.filter((topic) => topic.policy === policy);
        if (topics.length === 0) return null;
        return (
          <Box key={policy} data-testid={`topics-${policy}`}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
              {t(`topicGroups.${policy}`)}
            </Typography>
            <ul>
              {topics.map((topic) => (
                <li key={topic.key}>
                  <strong>{topic.name}</strong>
                  {topic.keywords.length > 0 && `. ${t('recognisedBy', { words: topic.keywords.join(', ') })}`}
                  {topic.note && `. ${topic.note}`}
                </li>
              ))}
            </ul>
          </Box>
        );
      })}

      <Heading>3. {translate('briefs.sections.contentRules')}</Heading>
      {version.contentRules.length === 0 && <Nothing />}
      {['BRAND_SPELLING', 'PREFERRED_TERM', 'FORBIDDEN_PHRASE', 'STYLE'].map((kind) => {
        const rules = version.contentRules.filter((rule) => rule.kind === kind);
        if (rules.length === 0) return null;
        return (
          <Box key={kind}>
            <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
              {translate(`briefs.contentRuleKinds.${kind}`)}
            </Typography>
            <ul>
              {rules.map((rule) => (
                <li key={rule.key}>
                  {kind === 'STYLE' ? rule.text : t(`rule.${kind}.main`, { text: rule.text })}
                  {kind !== 'STYLE' && rule.variants.length > 0 && t(`rule.${kind}.variants`, { variants: quoted(rule.variants) })}
                  {rule.note && `. ${rule.note}`}
                </li>
              ))}
            </ul>
          </Box>
        );
      })}

      <Heading>4. {t('regulations')}</Heading>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('briefs.sections.responseDeadlines')}
      </Typography>
      <Grid
        header={[t('platforms'), t('requests'), t('answerWithin')]}
        rows={version.responseDeadlines.map((deadline) => [
          deadline.platformKind ? translate(`repbase.platformKinds.${deadline.platformKind}`) : t('everyPlatform'),
          deadline.category ? translate(`briefs.categories.${deadline.category}`) : t('anyRequest'),
          hours(deadline.hours),
        ])}
      />
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 2 }}>
        {translate('briefs.sections.standardSituations')}
      </Typography>
      {version.standardSituations.length === 0 && <Nothing />}
      {version.standardSituations.map((situation) => (
        <Box key={situation.key} sx={{ mb: 1.5, breakInside: 'avoid' }}>
          <Typography sx={{ fontWeight: 600 }}>{situation.name}</Typography>
          {situation.triggers.length > 0 && <Typography variant="body2" color="text.secondary">{t('recognisedBy', { words: situation.triggers.join(', ') })}</Typography>}
          <Typography>{situation.behaviour}</Typography>
          {situation.moveToPrivate && <Typography sx={{ fontWeight: 600 }}>{t('moveToPrivate')}</Typography>}
        </Box>
      ))}

      <Heading>5. {translate('briefs.sections.responsiblePeople')}</Heading>
      <Typography gutterBottom>{t('responsibleIntro')}</Typography>
      <Grid
        header={[t('who'), t('position'), t('topics'), t('contact'), t('answersWithin')]}
        rows={version.responsiblePeople.map((person) => [
          person.name,
          person.position,
          person.topicKeys.map((key) => topicName.get(key) ?? key).join(', '),
          person.contact,
          hours(person.answerWithinHours),
        ])}
      />

      <Heading>6. {translate('briefs.sections.kpiTargets')}</Heading>
      <Grid
        header={[t('metric'), t('target'), t('period'), t('platform')]}
        rows={version.kpiTargets.map((target) => [
          `${translate(`repbase.kpiMetrics.${target.metric}`)}${target.isPriority ? ` (${translate('briefs.editor.priorityMark')})` : ''}`,
          t(target.metric === 'AVERAGE_FIRST_RESPONSE_HOURS' ? 'atMost' : 'atLeast', { value: format.number(target.target) }),
          translate(`repbase.kpiPeriods.${target.period}`),
          place(target),
        ])}
      />
    </Box>
  );
}
