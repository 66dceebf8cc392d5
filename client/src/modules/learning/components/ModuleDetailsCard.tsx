import { Box, Button, Card, CardContent, FormControlLabel, FormHelperText, Grid, Stack, Switch, Typography } from '@mui/material';
import { jpOfMinutes, LIMITS, MODULE_LIMITS } from '@komunitas-pintar/domain';
import { useTranslation } from 'react-i18next';
import type { EditorReferenceQuery } from '../../../gql/graphql';
import { FileUpload, IMAGE_ACCEPT } from '../../../ui/FileUpload';
import { formatJp } from '../../../ui/format';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { type ModuleDraft, totalMinutes } from './editorState';
import { formatMinutes } from './learningFormat';
import { ModuleFormJpFields } from './ModuleFormJpFields';

/** The module's details: title, summary, form of learning and JP, organiser, its duration in JP, and its cover. */
export function ModuleDetailsCard({
  draft,
  set,
  errors,
  jpError,
  reference,
}: {
  draft: ModuleDraft;
  set: (patch: Partial<ModuleDraft>) => void;
  errors: Record<string, string>;
  jpError?: string;
  reference: EditorReferenceQuery;
}) {
  const { t } = useTranslation();
  const minutes = totalMinutes(draft);
  const { minutesPerJp } = reference.jpRules;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('learning.editor.details')}
        </Typography>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 8 }}>
            <Stack spacing={2}>
              <LimitedTextField
                maxChars={LIMITS.nameMax}
                label={t('learning.title')}
                required
                value={draft.title}
                onChange={(e) => set({ title: e.target.value })}
                error={!!errors.title}
                helperText={errors.title}
              />
              <LimitedTextField
                maxChars={MODULE_LIMITS.summaryMax}
                label={t('learning.summary')}
                multiline
                minRows={3}
                value={draft.summary}
                onChange={(e) => set({ summary: e.target.value })}
                error={!!errors.summary}
                helperText={errors.summary ?? t('learning.editor.summaryHelp')}
              />
              <ModuleFormJpFields
                forms={reference.learningForms}
                formId={draft.formId}
                jp={draft.jp}
                onChange={set}
                formError={errors.formId}
                jpError={jpError}
              />
              <LimitedTextField
                maxChars={LIMITS.nameMax}
                label={t('learning.organiser')}
                value={draft.organiser}
                onChange={(e) => set({ organiser: e.target.value })}
                error={!!errors.organiser}
                helperText={errors.organiser ?? t('learning.editor.organiserHelp')}
              />
              <Box>
                <FormControlLabel
                  control={
                    <Switch
                      checked={draft.completionRequiresPostTest}
                      onChange={(e) => set({ completionRequiresPostTest: e.target.checked })}
                    />
                  }
                  label={t('learning.editor.requiresPostTest')}
                />
                <FormHelperText error={!!errors.completionRequiresPostTest}>
                  {errors.completionRequiresPostTest ?? t('learning.editor.requiresPostTestHelp')}
                </FormHelperText>
              </Box>
              <Typography variant="body2" color="text.secondary" data-testid="duration-summary">
                {minutes > 0
                  ? t('learning.editor.durationSummary', {
                      minutes: formatMinutes(minutes),
                      jp: formatJp(jpOfMinutes(minutes, minutesPerJp)),
                      perJp: minutesPerJp,
                    })
                  : t('learning.editor.durationNone', { perJp: minutesPerJp })}
              </Typography>
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {t('learning.editor.cover')}
            </Typography>
            {draft.cover ? (
              <Box
                component="img"
                src={draft.cover.url}
                alt={t('learning.editor.coverAlt')}
                sx={{
                  width: '100%',
                  aspectRatio: '16 / 9',
                  objectFit: 'cover',
                  borderRadius: 1,
                  border: 1,
                  borderColor: 'divider',
                  mb: 1,
                }}
              />
            ) : (
              <Box
                sx={{
                  width: '100%',
                  aspectRatio: '16 / 9',
                  borderRadius: 1,
                  border: 1,
                  borderStyle: 'dashed',
                  borderColor: 'divider',
                  display: 'grid',
                  placeItems: 'center',
                  color: 'text.secondary',
                  mb: 1,
                  p: 1,
                  textAlign: 'center',
                }}
              >
                <Typography variant="body2">{t('learning.editor.noCover')}</Typography>
              </Box>
            )}
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
              <FileUpload
                label={draft.cover ? t('learning.editor.replaceCover') : t('learning.editor.uploadCover')}
                accept={IMAGE_ACCEPT}
                onUploaded={(file) => set({ cover: file })}
              />
              {draft.cover && (
                <Button color="inherit" onClick={() => set({ cover: null })}>
                  {t('learning.editor.removeCover')}
                </Button>
              )}
            </Stack>
            {errors.coverFileId && <FormHelperText error>{errors.coverFileId}</FormHelperText>}
          </Grid>
        </Grid>
      </CardContent>
    </Card>
  );
}
