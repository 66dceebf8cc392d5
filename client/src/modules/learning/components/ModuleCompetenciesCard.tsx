import AddIcon from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import {
  Box,
  Button,
  Card,
  CardContent,
  FormHelperText,
  Grid,
  IconButton,
  MenuItem,
  TextField,
  Tooltip,
  Typography,
  Stack,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { errorUnder } from '../../../ui/pathFieldErrors';
import { LEVELS } from '../../competency/components/chips';
import { CompetencyPicker } from '../../competency/components/CompetencyPicker';
import { type CompetencyDraft, type ModuleDraft, newKey } from './editorState';

/** At most this many competencies per module, as the server accepts. */
const MAX_COMPETENCIES = 20;

/** The competencies the module builds, each with the level it builds. */
export function ModuleCompetenciesCard({
  competencies,
  set,
  patchCompetency,
  errors,
}: {
  competencies: CompetencyDraft[];
  /** Adds or removes competencies. */
  set: (patch: Partial<ModuleDraft>) => void;
  /** Changes one competency or its level. */
  patchCompetency: (i: number, patch: Partial<CompetencyDraft>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h2">{t('learning.editor.competencies')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('learning.editor.competenciesHelp')}
        </Typography>
        <Stack spacing={1.5}>
          {competencies.map((c, i) => (
            <Box
              key={c.key}
              role="group"
              aria-label={t('learning.editor.competencyN', { n: i + 1 })}
              sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            >
              <Box sx={{ flex: 1, minWidth: 0 }}>
                <Grid container spacing={1}>
                  <Grid size={{ xs: 12, sm: 9 }}>
                    <CompetencyPicker
                      label={t('learning.editor.competency')}
                      value={c.competency}
                      excludeIds={competencies.flatMap((o) => (o.competency ? [o.competency.id] : []))}
                      onChange={(competency) => patchCompetency(i, { competency })}
                      error={errorUnder(errors, `competencies.${i}`)}
                    />
                  </Grid>
                  <Grid size={{ xs: 12, sm: 3 }}>
                    <TextField
                      select
                      label={t('learning.editor.level')}
                      value={c.level}
                      onChange={(e) => patchCompetency(i, { level: Number(e.target.value) })}
                    >
                      {LEVELS.map((l) => (
                        <MenuItem key={l} value={l}>
                          {l}
                        </MenuItem>
                      ))}
                    </TextField>
                  </Grid>
                </Grid>
              </Box>
              <Tooltip title={t('learning.editor.remove')}>
                <IconButton
                  onClick={() => set({ competencies: competencies.filter((_, j) => j !== i) })}
                  aria-label={t('learning.editor.removeCompetency', { n: i + 1 })}
                >
                  <DeleteOutline />
                </IconButton>
              </Tooltip>
            </Box>
          ))}
          {errors.competencies && <FormHelperText error>{errors.competencies}</FormHelperText>}
          <Box>
            <Button
              startIcon={<AddIcon />}
              onClick={() => set({ competencies: [...competencies, { key: newKey(), competency: null, level: 2 }] })}
              disabled={competencies.length >= MAX_COMPETENCIES}
            >
              {t('learning.editor.addCompetency')}
            </Button>
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
}
