import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { categories } from './choices';

/** What an all-or-nothing CSV import wrote. */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** One bad cell of a refused CSV, as the API's `problems` extension carries it. */
export interface ImportProblem {
  line: number;
  column: string | null;
  message: string;
  /** The API's ErrorReason for this cell, translated from reasons.<VALUE>. */
  reason?: string;
  value?: string;
}

/**
 * A bad cell said in the panel's language: the text of its reason, the value read, and for a category
 * the categories by their names (a PR specialist knows "Негатив", not NEGATIVE). The server's English
 * message is the fallback for a reason the panel does not know yet.
 */
function ProblemText({ problem }: { problem: ImportProblem }) {
  const translate = useTranslate();
  if (!problem.reason) return <>{problem.message}</>;
  const parts = [translate(`reasons.${problem.reason}`, { _: problem.message })];
  if (problem.value) parts.push(translate('csvImport.read', { value: problem.value }));
  if (problem.reason === 'UNKNOWN_CATEGORY') {
    parts.push(translate('csvImport.categoryHint', { categories: categories.map((category) => `${translate(`repbase.categories.${category}`)} (${category})`).join(', ') }));
  }
  return <>{parts.join(' ')}</>;
}

/** Why a CSV import was refused: every bad cell by line and column (every import here is all or nothing). */
export function ImportProblemTable({ problems }: { problems: ImportProblem[] }) {
  const translate = useTranslate();
  return (
    <Box data-testid="import-problems">
      <Alert severity="error" sx={{ mb: 1 }}>
        {translate('csvImport.rejected', { count: problems.length })}
      </Alert>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('csvImport.line')}</TableCell>
            <TableCell>{translate('csvImport.column')}</TableCell>
            <TableCell>{translate('csvImport.problem')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {problems.map((problem, index) => (
            <TableRow key={index}>
              <TableCell>{problem.line}</TableCell>
              <TableCell>{problem.column ?? '—'}</TableCell>
              <TableCell>
                <ProblemText problem={problem} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
