import { Box } from '@mui/material';
import { useState } from 'react';
import { Title } from 'react-admin';
import { GenerationWizard } from './GenerationWizard';
import { ReviewQueue } from './ReviewQueue';

/** The generation wizard above, its review queue below: saving drafts refreshes the queue. */
export function QuestionGenerationPage() {
  const [refreshKey, setRefreshKey] = useState(0);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="standard.generation.title" />
      <GenerationWizard onSaved={() => setRefreshKey((key) => key + 1)} />
      <ReviewQueue refreshKey={refreshKey} />
    </Box>
  );
}
