import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import QuizOutlined from '@mui/icons-material/QuizOutlined';
import {
  Box,
  Button,
  Collapse,
  FormControlLabel,
  Grid,
  IconButton,
  InputAdornment,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { LIMITS, MODULE_LIMITS } from '@komunitas-pintar/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonKind } from '../../../gql/graphql';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { errorUnder } from '../../../ui/pathFieldErrors';
import { LESSON_KINDS, LessonKindIcon } from './chips';
import { isHttpsUrl, type LessonDraft, parseMinutes } from './editorState';
import { FileUpload, LESSON_FILE_ACCEPT } from '../../../ui/FileUpload';
import { formatMinutes } from './learningFormat';
import { UploadedFileCard } from '../../../ui/UploadedFileCard';
import { MarkdownField } from './MarkdownField';

interface Props {
  lesson: LessonDraft;
  /** The handle that drags the lesson to another place (see OutlineDnd). */
  dragHandle?: ReactNode;
  /** "1.2": section and place. */
  number: string;
  /** Field errors keyed by path below this lesson (`title`, `url`, ...). */
  errors: Record<string, string>;
  expanded: boolean;
  onToggle: () => void;
  onChange: (patch: Partial<LessonDraft>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  canMoveUp: boolean;
  canMoveDown: boolean;
}

/** One lesson of the outline: title, kind, minutes, required, and its content by kind. */
export function LessonEditor({
  lesson: l,
  dragHandle,
  number,
  errors,
  expanded,
  onToggle,
  onChange,
  onMove,
  onRemove,
  canMoveUp,
  canMoveDown,
}: Props) {
  const { t } = useTranslation();
  const name = t('learning.editor.lessonN', { n: number });
  const minutes = parseMinutes(l.minutes);
  const minutesError =
    errors.durationMinutes ??
    (l.minutes.trim() && (minutes === null || minutes < 1 || minutes > 600) ? t('learning.editor.minutesRange') : undefined);
  const urlError = errors.url ?? (l.url.trim() && !isHttpsUrl(l.url) ? t('learning.editor.httpsOnly') : undefined);
  const hasError = Object.keys(errors).length > 0;
  return (
    <Paper variant="outlined" role="group" aria-label={name} sx={{ borderColor: hasError ? 'error.main' : undefined }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, px: dragHandle ? 0.5 : 1, py: 0.5 }}>
        {dragHandle}
        <IconButton
          size="small"
          onClick={onToggle}
          aria-expanded={expanded}
          aria-label={expanded ? t('learning.editor.collapse', { name }) : t('learning.editor.expand', { name })}
        >
          {expanded ? <ExpandLess /> : <ExpandMore />}
        </IconButton>
        <LessonKindIcon kind={l.kind} fontSize="small" color="action" sx={{ display: { xs: 'none', sm: 'block' } }} />
        <Box sx={{ flex: 1, minWidth: 0, cursor: 'pointer' }} onClick={onToggle}>
          <Typography
            variant="body2"
            sx={{
              fontWeight: 600,
              display: '-webkit-box',
              WebkitLineClamp: 2,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
              overflowWrap: 'anywhere',
            }}
          >
            {number}. {l.title.trim() || t('learning.editor.untitled')}
          </Typography>
          {!expanded && (
            <Typography variant="caption" color="text.secondary" noWrap component="p">
              {t(`learning.kind.${l.kind}`)}
              {minutes ? ` · ${formatMinutes(minutes)}` : ''}
              {!l.required && ` · ${t('learning.optional')}`}
            </Typography>
          )}
        </Box>
        <Tooltip title={t('learning.editor.moveUp')}>
          <span>
            <IconButton
              size="small"
              disabled={!canMoveUp}
              onClick={() => onMove(-1)}
              aria-label={t('learning.editor.moveUpNamed', { name })}
            >
              <ArrowUpward fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t('learning.editor.moveDown')}>
          <span>
            <IconButton
              size="small"
              disabled={!canMoveDown}
              onClick={() => onMove(1)}
              aria-label={t('learning.editor.moveDownNamed', { name })}
            >
              <ArrowDownward fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t('learning.editor.remove')}>
          <IconButton size="small" onClick={onRemove} aria-label={t('learning.editor.removeNamed', { name })}>
            <DeleteOutline fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Collapse in={expanded} unmountOnExit>
        <Box sx={{ p: 2, pt: 1 }}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 6 }}>
              <LimitedTextField
                maxChars={LIMITS.nameMax}
                label={t('learning.editor.lessonTitle')}
                required
                value={l.title}
                onChange={(e) => onChange({ title: e.target.value })}
                error={!!errors.title}
                helperText={errors.title}
              />
            </Grid>
            <Grid size={{ xs: 6, md: 2 }}>
              <TextField
                select
                label={t('learning.editor.kind')}
                value={l.kind}
                onChange={(e) => onChange({ kind: e.target.value as LessonKind })}
              >
                {LESSON_KINDS.map((k) => (
                  <MenuItem key={k} value={k}>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <LessonKindIcon kind={k} fontSize="small" />
                      <span>{t(`learning.kind.${k}`)}</span>
                    </Stack>
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 6, md: 2 }}>
              <TextField
                label={t('learning.editor.minutes')}
                value={l.minutes}
                onChange={(e) => onChange({ minutes: e.target.value.replace(/\D/g, '') })}
                error={!!minutesError}
                helperText={minutesError}
                slotProps={{
                  htmlInput: { inputMode: 'numeric', maxLength: 3 },
                  input: { endAdornment: <InputAdornment position="end">{t('learning.editor.minutesUnit')}</InputAdornment> },
                }}
              />
            </Grid>
            <Grid size={{ xs: 12, md: 2 }} sx={{ display: 'flex', alignItems: 'center' }}>
              <FormControlLabel
                control={<Switch checked={l.required} onChange={(e) => onChange({ required: e.target.checked })} />}
                label={t('learning.editor.required')}
              />
            </Grid>
            <Grid size={12}>
              {l.kind === 'TEXT' && (
                <MarkdownField
                  label={t('learning.editor.body')}
                  value={l.body}
                  onChange={(body) => onChange({ body })}
                  error={errors.body}
                />
              )}
              {(l.kind === 'VIDEO' || l.kind === 'LINK') && (
                <LimitedTextField
                  maxChars={MODULE_LIMITS.urlMax}
                  label={l.kind === 'VIDEO' ? t('learning.editor.videoUrl') : t('learning.editor.linkUrl')}
                  required
                  type="url"
                  placeholder="https://"
                  value={l.url}
                  onChange={(e) => onChange({ url: e.target.value })}
                  error={!!urlError}
                  helperText={urlError ?? (l.kind === 'VIDEO' ? t('learning.editor.videoHelp') : t('learning.editor.linkHelp'))}
                />
              )}
              {l.kind === 'QUIZ' && (
                <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
                  {errors.quiz && (
                    <Typography variant="body2" color="error">
                      {errors.quiz}
                    </Typography>
                  )}
                  {l.id ? (
                    <Button component={Link} to={`/pelatih/kuis/${l.id}`} variant="outlined" startIcon={<QuizOutlined />}>
                      {t('learning.editor.quizSettings')}
                    </Button>
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      {t('learning.editor.quizSaveFirst')}
                    </Typography>
                  )}
                </Stack>
              )}
              {l.kind === 'FILE' && (
                <Stack spacing={1}>
                  {l.file ? (
                    <UploadedFileCard file={l.file} />
                  ) : (
                    <Typography variant="body2" color={errors.fileId ? 'error' : 'text.secondary'}>
                      {errors.fileId ?? t('learning.editor.noFileYet')}
                    </Typography>
                  )}
                  <FileUpload
                    label={l.file ? t('learning.editor.replaceFile') : t('learning.editor.uploadFile')}
                    accept={LESSON_FILE_ACCEPT}
                    onUploaded={(file) => onChange({ file })}
                  />
                  <Typography variant="caption" color="text.secondary">
                    {t('learning.editor.fileHelp')}
                  </Typography>
                </Stack>
              )}
            </Grid>
          </Grid>
        </Box>
      </Collapse>
    </Paper>
  );
}

/** Errors of one lesson, keyed by the part of the path after `sections.i.lessons.j.`. */
export function lessonErrors(errors: Record<string, string>, si: number, li: number): Record<string, string> {
  const prefix = `sections.${si}.lessons.${li}`;
  const result: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors)) {
    if (k === prefix) result.lesson = v;
    else if (k.startsWith(`${prefix}.`)) result[k.slice(prefix.length + 1)] = v;
  }
  if (!Object.keys(result).length && errorUnder(errors, prefix)) result.lesson = errorUnder(errors, prefix)!;
  return result;
}
