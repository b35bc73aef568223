import { Alert, Box, Button, Card, CardContent, Checkbox, Chip, FormControlLabel, FormGroup, Link, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { graphql } from '../graphql';
import { useApiCall } from '../useApiCall';
import { CATEGORIES, GENERATE, GENERATORS, PLATFORMS, PREVIEW, sourcePath, type PreviewQuestion } from './graphql';

/** One previewed question: what is asked, the material, the choices with the right one marked, the source. */
export function QuestionCard({ prompt, material, choices, explanation, path, sourceLabel }: {
  prompt: string;
  material: string | null;
  choices: { id: string; text: string; isCorrect: boolean }[];
  explanation: string | null;
  path: string | null;
  sourceLabel: string;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ borderLeft: 3, borderColor: 'divider', pl: 1.5, py: 0.5 }}>
      <Typography variant="subtitle2">{prompt}</Typography>
      {material && (
        <Typography variant="body2" sx={{ fontStyle: 'italic', whiteSpace: 'pre-wrap', my: 0.5 }}>
          «{material}»
        </Typography>
      )}
      <Stack component="ul" sx={{ m: 0, pl: 2 }}>
        {choices.map((choice) => (
          <Typography component="li" variant="body2" key={choice.id} sx={{ fontWeight: choice.isCorrect ? 700 : 400 }} data-testid={choice.isCorrect ? 'right-choice' : undefined}>
            {choice.isCorrect ? '✓ ' : ''}
            {choice.text}
          </Typography>
        ))}
      </Stack>
      {explanation && (
        <Typography variant="caption" color="text.secondary" component="div">
          {translate('standard.generation.explanation')}: {explanation}
        </Typography>
      )}
      <Typography variant="caption" component="div">
        {translate('standard.generation.source')}:{' '}
        {path ? (
          <Link component={RouterLink} to={path}>
            {sourceLabel}
          </Link>
        ) : (
          sourceLabel
        )}
      </Typography>
    </Box>
  );
}

export function useSourceLabel() {
  const translate = useTranslate();
  return (source: { section: string | null; itemKey: string | null; situationId: string | null }) =>
    source.situationId ? translate('standard.generation.sourceSituation') : translate('standard.generation.sourceBrief', { section: source.section ? translate(`resources.brief-versions.fields.${source.section}`) : '', key: source.itemKey ?? '' });
}

/** Step one: choose what to ask about, preview the questions the standard gives, save them to the bank as drafts. */
export function GenerationWizard({ onSaved }: { onSaved: () => void }) {
  const translate = useTranslate();
  const { call, busy } = useApiCall();
  const notify = useNotify();
  const sourceLabel = useSourceLabel();
  const [generators, setGenerators] = useState<string[]>([...GENERATORS]);
  const [categoryId, setCategoryId] = useState('');
  const [platformId, setPlatformId] = useState('');
  const [preview, setPreview] = useState<PreviewQuestion[] | null>(null);
  const categories = useQuery({ queryKey: ['question-categories'], queryFn: async () => (await graphql<{ allQuestionCategories: { id: string; name: string }[] }>(CATEGORIES)).allQuestionCategories });
  const platforms = useQuery({ queryKey: ['platform-names'], queryFn: async () => (await graphql<{ allPlatforms: { id: string; name: string }[] }>(PLATFORMS)).allPlatforms });
  const input = { generators, platformId: platformId || null };

  const toggle = (generator: string) => setGenerators((current) => (current.includes(generator) ? current.filter((each) => each !== generator) : [...current, generator]));
  const show = async () => {
    const data = await call<{ questionGenerationPreview: PreviewQuestion[] }>(PREVIEW, { input });
    setPreview(data?.questionGenerationPreview ?? null);
  };
  const save = async () => {
    const data = await call<{ generateQuestions: { created: number; unchanged: number } }>(GENERATE, { input: { ...input, categoryId } });
    if (!data) return;
    notify('standard.generation.saved', { type: 'success', messageArgs: data.generateQuestions });
    onSaved();
  };

  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('standard.generation.intro')}
        </Typography>
        <Typography variant="overline">{translate('standard.generation.generators')}</Typography>
        <FormGroup row>
          {GENERATORS.map((generator) => (
            <FormControlLabel
              key={generator}
              control={<Checkbox checked={generators.includes(generator)} onChange={() => toggle(generator)} />}
              label={translate(`standard.generation.generatorNames.${generator}`)}
            />
          ))}
        </FormGroup>
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField select label={translate('standard.generation.platform')} value={platformId} onChange={(event) => setPlatformId(event.target.value)} sx={{ minWidth: 280 }}>
            <MenuItem value="">{translate('standard.generation.anyPlatform')}</MenuItem>
            {(platforms.data ?? []).map((platform) => (
              <MenuItem key={platform.id} value={platform.id}>
                {platform.name}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" onClick={show} disabled={busy || generators.length === 0} data-testid="preview-questions">
            {translate('standard.generation.preview')}
          </Button>
        </Stack>
        {preview && (
          <Box sx={{ mt: 2 }} data-testid="generation-preview">
            {preview.length === 0 ? (
              <Alert severity="info">{translate('standard.generation.nothing')}</Alert>
            ) : (
              <>
                <Chip label={translate('standard.generation.previewCount', { count: preview.length })} sx={{ mb: 1 }} />
                <Stack spacing={1.5} sx={{ maxHeight: 480, overflow: 'auto' }}>
                  {preview.map((question) => (
                    <QuestionCard
                      key={question.fingerprint}
                      prompt={question.prompt}
                      material={question.material}
                      explanation={question.explanation}
                      choices={question.choices.map((choice) => ({ id: choice.key, text: choice.text, isCorrect: choice.correct }))}
                      path={sourcePath({ sourceBriefSection: question.source.section, sourceBriefItemKey: question.source.itemKey, sourceSituationId: question.source.situationId })}
                      sourceLabel={sourceLabel(question.source)}
                    />
                  ))}
                </Stack>
                <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
                  <TextField select label={translate('standard.generation.category')} value={categoryId} onChange={(event) => setCategoryId(event.target.value)} sx={{ minWidth: 280 }} data-testid="generation-category">
                    {(categories.data ?? []).map((category) => (
                      <MenuItem key={category.id} value={category.id}>
                        {category.name}
                      </MenuItem>
                    ))}
                  </TextField>
                  <Button variant="contained" onClick={save} disabled={busy || !categoryId} data-testid="save-generated">
                    {translate('standard.generation.save')}
                  </Button>
                </Stack>
              </>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
