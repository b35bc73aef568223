import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { graphql } from '../graphql';
import { CERTIFICATION_FIELDS, CertificationChips, type CertificationEntry } from './CertificationChips';

interface CaseCertification {
  requiredQuizId: string | null;
  mayPost: boolean;
  required: CertificationEntry | null;
  statuses: CertificationEntry[];
}

const QUERY = `query($id: ID!) { Case(id: $id) { id certification { requiredQuizId mayPost required { ${CERTIFICATION_FIELDS} } statuses { ${CERTIFICATION_FIELDS} } } } }`;

/** On the case page: the representative's certification, and whether the brief requires one to answer here. */
export function CaseCertificationCard({ caseId }: { caseId: string }) {
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ['case-certification', caseId], queryFn: () => graphql<{ Case: { certification: CaseCertification } }>(QUERY, { id: caseId }) });
  const certification = data?.Case.certification;
  if (!certification) return null;
  const quiz = certification.required?.quizTitle ?? '';
  return (
    <Card variant="outlined" data-testid="case-certification">
      <CardContent>
        <Typography variant="overline">{translate('standard.caseCard.title')}</Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {certification.requiredQuizId ? translate('standard.caseCard.required', { quiz }) : translate('standard.caseCard.notRequired')}
        </Typography>
        <CertificationChips entries={certification.statuses} />
        {!certification.mayPost && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {translate('standard.caseCard.mayNotPost', { quiz })}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
