import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../common/format';

export interface CertificationEntry {
  quizId: string;
  quizTitle: string;
  status: 'CERTIFIED' | 'EXPIRING' | 'NEEDS_REFRESH' | 'LAPSED' | 'NONE';
  lapsesAt: string | null;
  changes: string[];
}

/** The fields the chips read, for a query's selection. */
export const CERTIFICATION_FIELDS = 'quizId quizTitle status lapsesAt changes';

const COLOURS = { CERTIFIED: 'success', EXPIRING: 'warning', NEEDS_REFRESH: 'warning', LAPSED: 'error', NONE: 'default' } as const;

/** One chip per certifying quiz: the status in colour, what changed and when it lapses on hover. */
export function CertificationChips({ entries }: { entries: CertificationEntry[] }) {
  const translate = useTranslate();
  const format = useFormat();
  if (entries.length === 0) {
    return (
      <Typography variant="caption" color="text.secondary">
        {translate('standard.noCertifyingQuizzes')}
      </Typography>
    );
  }
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {entries.map((entry) => {
        const status = translate(`standard.status.${entry.status}`);
        const details = [...entry.changes, entry.lapsesAt ? translate('standard.lapsesAt', { date: format.date(entry.lapsesAt) }) : null].filter(Boolean).join('\n');
        return (
          <Tooltip key={entry.quizId} title={details ? <span style={{ whiteSpace: 'pre-line' }}>{details}</span> : ''}>
            <Chip
              size="small"
              color={COLOURS[entry.status]}
              variant={entry.status === 'NONE' ? 'outlined' : 'filled'}
              label={translate('standard.statusTip', { quiz: entry.quizTitle, status })}
              data-testid={`certification-${entry.status}`}
            />
          </Tooltip>
        );
      })}
    </Stack>
  );
}
