import { Box, Card, CardContent, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading, Title, useGetList, useGetMany, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { graphql } from '../graphql';
import { DIFF, type Section } from './graphql';

type Item = Record<string, unknown>;
interface SectionDiff {
  section: Section;
  reordered: boolean;
  unchanged: number;
  added: { key: string; label: string; item: Item }[];
  removed: { key: string; label: string; item: Item }[];
  changed: { key: string; label: string; fields: { field: string; old: unknown; new: unknown }[] }[];
}
interface Diff {
  hasChanges: boolean;
  from: { topics: { key: string; name: string }[] };
  to: { topics: { key: string; name: string }[] };
  title: { old: string; new: string } | null;
  sections: SectionDiff[];
}

/** Enum values in words; platform ids and topic keys as names. */
const ENUM_LABELS: Record<string, string> = {
  policy: 'briefs.policies',
  platformKind: 'repbase.platformKinds',
  category: 'briefs.categories',
  kind: 'briefs.contentRuleKinds',
  metric: 'repbase.kpiMetrics',
  period: 'repbase.kpiPeriods',
  allowedPostKinds: 'briefs.postKinds',
};

function useValueFormatter(diff: Diff | undefined) {
  const translate = useTranslate();
  const platformIds = new Set<string>();
  for (const section of diff?.sections ?? []) {
    const items = [...section.added.map((entry) => entry.item), ...section.removed.map((entry) => entry.item)];
    for (const item of items) if (typeof item.platformId === 'string') platformIds.add(item.platformId);
    for (const change of section.changed) {
      for (const field of change.fields) if (field.field === 'platformId') [field.old, field.new].forEach((id) => typeof id === 'string' && platformIds.add(id));
    }
  }
  const { data: platforms = [] } = useGetMany('platforms', { ids: [...platformIds] }, { enabled: platformIds.size > 0 });
  const topicNames = new Map([...(diff?.from.topics ?? []), ...(diff?.to.topics ?? [])].map((topic) => [topic.key, topic.name]));
  const one = (field: string, value: unknown): string => {
    if (field === 'platformId') return platforms.find((platform) => platform.id === value)?.name ?? String(value);
    if (field === 'topicKeys') return topicNames.get(String(value)) ?? String(value);
    if (typeof value === 'boolean') return translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
    if (ENUM_LABELS[field]) return translate(`${ENUM_LABELS[field]}.${String(value)}`);
    return String(value);
  };
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (Array.isArray(value)) return value.length ? value.map((entry) => one(field, entry)).join(', ') : '—';
    return one(field, value);
  };
}

function VersionPicker({ name, label }: { name: 'from' | 'to'; label: string }) {
  const [params, setParams] = useSearchParams();
  const translate = useTranslate();
  const { data: versions = [] } = useGetList('brief-versions', { pagination: { page: 1, perPage: 200 }, sort: { field: 'number', order: 'DESC' } });
  return (
    <TextField
      select
      size="small"
      label={label}
      value={params.get(name) ?? ''}
      onChange={(event) => setParams((current) => ({ ...Object.fromEntries(current), [name]: event.target.value }))}
      sx={{ minWidth: 320 }}
      slotProps={{ htmlInput: { 'data-testid': `diff-${name}` } }}
    >
      {versions.map((version) => (
        <MenuItem key={version.id} value={version.id}>
          {translate('briefs.document.version', { number: version.number })} — {translate(`briefs.statuses.${version.status}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/**
 * Two versions side by side, section by section: what was added, removed, and changed field by field.
 * The pairing is the API's (items by key), so a renamed topic reads as changed, not as removed and added.
 */
export function BriefDiffPage() {
  const translate = useTranslate();
  const [params] = useSearchParams();
  const from = params.get('from');
  const to = params.get('to');
  const { data: diff, isFetching, error } = useQuery({
    queryKey: ['briefDiff', from, to],
    queryFn: async () => (await graphql<{ briefDiff: Diff }>(DIFF, { from, to })).briefDiff,
    enabled: Boolean(from && to),
  });
  const format = useValueFormatter(diff);
  const fieldLabel = (section: string, field: string) => translate(`resources.brief-versions.fields.${section}.${field}`);
  const details = (section: string, item: Item) =>
    Object.entries(item)
      .filter(([field]) => field !== 'key')
      .map(([field, value]) => (
        <div key={field}>
          <strong>{fieldLabel(section, field)}:</strong> {format(field, value)}
        </div>
      ));
  const row = (key: string, label: string, before: ReactNode, after: ReactNode, kind: 'added' | 'removed' | 'changed') => (
    <TableRow key={`${kind}-${key}`} data-testid={`diff-${kind}`}>
      <TableCell sx={{ fontWeight: 600, width: '22%' }}>
        {label}
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {translate(`briefs.diff.${kind}`)}
        </Typography>
      </TableCell>
      <TableCell sx={{ width: '39%', bgcolor: kind === 'removed' ? 'error.light' : kind === 'changed' ? 'warning.light' : undefined }}>{before}</TableCell>
      <TableCell sx={{ width: '39%', bgcolor: kind === 'added' ? 'success.light' : kind === 'changed' ? 'warning.light' : undefined }}>{after}</TableCell>
    </TableRow>
  );

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="briefs.diff.title" />
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, mb: 2, flexWrap: 'wrap' }}>
          <VersionPicker name="from" label={translate('briefs.diff.from')} />
          <VersionPicker name="to" label={translate('briefs.diff.to')} />
        </Box>
        {!(from && to) && <Typography>{translate('briefs.diff.choose')}</Typography>}
        {isFetching && <Loading />}
        {error && <Typography color="error">{(error as Error).message}</Typography>}
        {diff && !diff.hasChanges && <Typography data-testid="diff-none">{translate('briefs.diff.noChanges')}</Typography>}
        {diff?.title && (
          <Typography sx={{ mb: 2 }}>
            <strong>{translate('briefs.diff.titleChanged')}:</strong> «{diff.title.old}» → «{diff.title.new}»
          </Typography>
        )}
        {diff?.sections.map((section) => {
          const changes = section.added.length + section.removed.length + section.changed.length;
          if (changes === 0 && !section.reordered) return null;
          return (
            <Box key={section.section} sx={{ mb: 3 }} data-testid={`diff-section-${section.section}`}>
              <Typography variant="h6">{translate(`briefs.sections.${section.section}`)}</Typography>
              {section.reordered && <Typography color="text.secondary">{translate('briefs.diff.reordered')}</Typography>}
              {changes > 0 && (
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell />
                      <TableCell sx={{ fontWeight: 600 }}>{translate('briefs.diff.before')}</TableCell>
                      <TableCell sx={{ fontWeight: 600 }}>{translate('briefs.diff.after')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {section.added.map((entry) => row(entry.key, entry.label, '—', details(section.section, entry.item), 'added'))}
                    {section.removed.map((entry) => row(entry.key, entry.label, details(section.section, entry.item), '—', 'removed'))}
                    {section.changed.map((entry) =>
                      row(
                        entry.key,
                        entry.label,
                        entry.fields.map((field) => <div key={field.field}><strong>{fieldLabel(section.section, field.field)}:</strong> {format(field.field, field.old)}</div>),
                        entry.fields.map((field) => <div key={field.field}><strong>{fieldLabel(section.section, field.field)}:</strong> {format(field.field, field.new)}</div>),
                        'changed',
                      ),
                    )}
                  </TableBody>
                </Table>
              )}
            </Box>
          );
        })}
      </CardContent>
    </Card>
  );
}
