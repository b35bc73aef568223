import { Alert, AlertTitle, Box, LinearProgress, Stack, TextField } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';

/** One finding of the API's checkReply, as the panel shows it. */
export interface ReplyFinding {
  rule: string;
  message: string;
  fragment: string;
  suggestion: string | null;
  /** Stops a post or an approval unless a reason is given (the API decides which rules do). */
  breach: boolean;
}

const FINDING_FIELDS = 'rule message fragment suggestion breach';
const DEBOUNCE_MS = 400;

/**
 * checkReply on texts as they are typed: every text in one request, after a pause in typing. The
 * findings come from the API, so the editor and the server refuse exactly the same things.
 */
export function useReplyCheck(texts: string[], platformId?: string | null): { findings: ReplyFinding[]; checking: boolean } {
  const { call } = useApiCall();
  const [findings, setFindings] = useState<ReplyFinding[]>([]);
  const [checking, setChecking] = useState(false);
  const wanted = useMemo(() => texts.map((text) => text.trim()).filter(Boolean), [JSON.stringify(texts)]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!wanted.length) {
      setFindings([]);
      return;
    }
    let current = true;
    setChecking(true);
    const timer = setTimeout(async () => {
      const parameters = wanted.map((_text, index) => `$text${index}: String!`).join(', ');
      const fields = wanted
        .map((_text, index) => `check${index}: checkReply(input: { text: $text${index}, platformId: $platformId }) { violations { ${FINDING_FIELDS} } }`)
        .join('\n');
      const variables = Object.fromEntries([...wanted.map((text, index) => [`text${index}`, text]), ['platformId', platformId ?? null]]);
      const answer = await call<Record<string, { violations: ReplyFinding[] }>>(`query(${parameters}, $platformId: ID) { ${fields} }`, variables);
      if (!current) return;
      setChecking(false);
      if (answer) setFindings(Object.values(answer).flatMap((check) => check.violations));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [wanted, platformId, call]);

  return { findings, checking };
}

/** The findings beside the text: breaches first (they stop the action), then advice. */
export function ReplyFindings({ findings, checking }: { findings: ReplyFinding[]; checking?: boolean }) {
  const translate = useTranslate();
  const breaches = findings.filter((finding) => finding.breach);
  const advice = findings.filter((finding) => !finding.breach);
  return (
    <Box data-testid="reply-findings">
      {checking && <LinearProgress sx={{ mb: 1 }} />}
      {!checking && !findings.length && (
        <Alert severity="success" variant="outlined">
          {translate('repbase.replyCheck.clean')}
        </Alert>
      )}
      <Stack spacing={1}>
        {[...breaches, ...advice].map((finding, index) => (
          <Alert key={`${finding.rule}-${index}`} severity={finding.breach ? 'error' : 'warning'} data-testid={finding.breach ? 'reply-breach' : 'reply-advice'}>
            <AlertTitle>
              {translate(`repbase.replyCheck.rules.${finding.rule}`)}: «{finding.fragment}»
            </AlertTitle>
            {finding.message}
            {finding.suggestion && ` ${translate('repbase.replyCheck.suggestion', { suggestion: finding.suggestion })}`}
          </Alert>
        ))}
      </Stack>
    </Box>
  );
}

/**
 * The reason asked for when the words breach the brief: the action goes ahead only with one, and the
 * API records it. Renders nothing when there is no breach.
 */
export function OverrideReasonField({ findings, value, onChange }: { findings: ReplyFinding[]; value: string; onChange: (value: string) => void }) {
  const translate = useTranslate();
  if (!findings.some((finding) => finding.breach)) return null;
  return (
    <TextField
      label={translate('repbase.replyCheck.overrideReason')}
      helperText={translate('repbase.replyCheck.overrideReasonHelp')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      multiline
      minRows={2}
      fullWidth
      required
      slotProps={{ htmlInput: { 'data-testid': 'override-reason', maxLength: 2000 } }}
    />
  );
}

/** Whether the action may go: no breach, or a reason given. */
export function mayProceed(findings: ReplyFinding[], reason: string): boolean {
  return !findings.some((finding) => finding.breach) || reason.trim().length > 0;
}
