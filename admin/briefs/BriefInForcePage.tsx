import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, Card, CardContent, GlobalStyles, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { graphql } from '../graphql';
import { session } from '../session';
import { BriefDocument, type BriefVersionData } from './BriefDocument';
import { IN_FORCE, MARKDOWN } from './graphql';

// On paper only the document: no menu, no app bar, no buttons.
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        'header, .RaSidebar-root, .no-print': { display: 'none !important' },
        '.RaLayout-content, .RaLayout-contentWithSidebar': { padding: '0 !important', margin: '0 !important' },
        '.brief-sheet': { boxShadow: 'none !important' },
      },
    }}
  />
);

async function downloadMarkdown(): Promise<void> {
  const { briefMarkdown } = await graphql<{ briefMarkdown: string | null }>(MARKDOWN);
  if (!briefMarkdown) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([briefMarkdown], { type: 'text/markdown;charset=utf-8' }));
  link.download = `brief-${session.clientSlug() ?? 'client'}.md`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The brief in force as a printable document: what every representative works by. */
export function BriefInForcePage() {
  const translate = useTranslate();
  const notify = useNotify();
  const { data, isPending, error } = useQuery({
    queryKey: ['briefInForce', session.clientSlug()],
    queryFn: async () => (await graphql<{ briefInForce: BriefVersionData | null }>(IN_FORCE)).briefInForce,
  });
  return (
    <Box sx={{ mt: 2 }}>
      {printStyles}
      <Title title={translate('resources.brief.name', { smart_count: 1 })} />
      {isPending ? (
        <Loading />
      ) : error ? (
        <Typography color="error">{(error as Error).message}</Typography>
      ) : !data ? (
        <Typography data-testid="no-brief">{translate('briefs.document.noBrief')}</Typography>
      ) : (
        <>
          <Box className="no-print" sx={{ display: 'flex', gap: 1, mb: 2 }}>
            <Button variant="contained" startIcon={<PrintIcon />} onClick={() => window.print()}>
              {translate('briefs.actions.printNow')}
            </Button>
            <Button startIcon={<DownloadIcon />} onClick={() => void downloadMarkdown().catch((failure: Error) => notify(failure.message, { type: 'error' }))}>
              {translate('briefs.actions.downloadMarkdown')}
            </Button>
          </Box>
          <Card className="brief-sheet">
            <CardContent sx={{ p: 4 }}>
              <BriefDocument version={data} />
            </CardContent>
          </Card>
        </>
      )}
    </Box>
  );
}
