import AddIcon from '@mui/icons-material/Add';
import ArchiveOutlined from '@mui/icons-material/ArchiveOutlined';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import PublishOutlined from '@mui/icons-material/PublishOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  FormHelperText,
  Grid,
  IconButton,
  MenuItem,
  Paper,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { jpOfMinutes, LIMITS } from '@komunitas-pintar/domain';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { EditorReferenceQuery as EditorReferenceData, ModuleEditorFieldsFragment } from '../../../gql/graphql';
import { Cell, mergeResults, SkeletonRows } from '../../../ui/Cell';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { errorCode, type FieldError, fieldErrorList } from '../../../ui/errors';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime, formatJp } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { errorUnder, pathFieldErrors } from '../../../ui/pathFieldErrors';
import { useLeaveGuard } from '../../../ui/useLeaveGuard';
import { useNotice } from '../../../ui/useNotice';
import { useScrollToError } from '../../../ui/useScrollToError';
import { LEVELS } from '../../competency/components/chips';
import { CompetencyPicker } from '../../competency/components/CompetencyPicker';
import { ModuleStatusChip } from '../components/chips';
import {
  type CompetencyDraft,
  findLesson,
  keepKeys,
  type LessonDraft,
  type ModuleDraft,
  moveItem,
  moveLesson,
  newKey,
  newLesson,
  type SectionDraft,
  serialise,
  toDraft,
  toInput,
  totalMinutes,
} from '../components/editorState';
import { FileUpload, IMAGE_ACCEPT } from '../../../ui/FileUpload';
import { formatMinutes } from '../components/learningFormat';
import { LessonEditor, lessonErrors } from '../components/LessonEditor';
import { ModuleFormJpFields, moduleJp } from '../components/ModuleFormJpFields';
import { EmptySectionDrop, OutlineDnd, SortableItem, SortableLessons } from '../components/OutlineDnd';
import {
  ArchiveCourseModuleMutation,
  EditorReferenceQuery,
  ModuleEditorQuery,
  PublishCourseModuleMutation,
  UpdateCourseModuleMutation,
} from '../graphql/learning';
import { LimitedTextField } from '../../../ui/LimitedTextField';

type Module = ModuleEditorFieldsFragment;

/** Narrower on a phone, where the section's title shares the row with its handle and buttons. */
const sectionButton = { p: { xs: 0.75, sm: 1 }, mt: { xs: 0.5, sm: 0 } } as const;
type Reference = EditorReferenceData;

/** A refusal of the server as a line the trainer can act on: "Pelajaran 1.2 “Pengantar”: teks belum diisi". */
/** The input field a draft field is sent as, where the names differ. */
const DRAFT_FIELD_INPUT: Record<string, string> = { jp: 'jpValue', cover: 'coverFileId' };

function withoutEdited(errors: Record<string, string>, edited: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !edited.has(field)));
}

function describeProblem(f: FieldError, draft: ModuleDraft, t: TFunction): string {
  const path = f.field.replace(/^input\./, '');
  const lesson = path.match(/^sections\.(\d+)\.lessons\.(\d+)\.?(\w*)/);
  if (lesson) {
    const [si, li] = [Number(lesson[1]), Number(lesson[2])];
    const title = draft.sections[si]?.lessons[li]?.title.trim() || t('learning.editor.untitled');
    const what = t([`learning.editor.problem.${lesson[3]}_${f.rule}`, `learning.rules.${f.rule}`, `rules.${f.rule}`], {
      ...f.params,
      defaultValue: f.message,
    });
    return t('learning.editor.problem.lesson', { n: `${si + 1}.${li + 1}`, title, what });
  }
  return t([`learning.editor.problem.${path}_${f.rule}`, `learning.rules.${f.rule}`, `rules.${f.rule}`], {
    ...f.params,
    defaultValue: f.message,
  });
}

/** The module's title, code, version and status, with the preview and archive actions. */
function EditorHeader({ module, title, onArchive }: { module: Module; title: string; onArchive: () => void }) {
  const { t } = useTranslation();
  const firstLesson = module.sections.flatMap((s) => s.lessons)[0];
  return (
    <PageHeader
      title={title}
      subtitle={
        <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
          <Box component="span" sx={{ fontFamily: 'monospace' }}>
            {module.code}
          </Box>
          <Chip size="small" variant="outlined" label={t('learning.versionN', { version: module.version })} />
          <ModuleStatusChip status={module.status} />
        </Stack>
      }
      actions={
        <>
          <Tooltip title={t('learning.editor.previewHint')}>
            <span>
              <Button
                variant="outlined"
                startIcon={<VisibilityOutlined />}
                disabled={!firstLesson}
                component={Link}
                to={firstLesson ? `/modul/${module.id}/pelajaran/${firstLesson.id}` : '#'}
                target="_blank"
                rel="noopener"
              >
                {t('learning.previewAsLearner')}
              </Button>
            </span>
          </Tooltip>
          {module.status === 'PUBLISHED' && (
            <Button variant="outlined" color="warning" startIcon={<ArchiveOutlined />} onClick={onArchive}>
              {t('learning.editor.archive')}
            </Button>
          )}
        </>
      }
    />
  );
}

/** What the author should know before editing: a published or archived module, and why publishing failed. */
function EditorNotices({
  module,
  problems,
  describe,
  error,
}: {
  module: Module;
  problems: FieldError[];
  describe: (problem: FieldError) => string;
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ mb: 2 }}>
      {module.status === 'PUBLISHED' && (
        <Alert severity="info">{t('learning.editor.publishedNote', { version: module.version + 1 })}</Alert>
      )}
      {module.status === 'ARCHIVED' && <Alert severity="info">{t('learning.editor.archivedNote')}</Alert>}
      {problems.length > 0 && (
        <Alert severity="error" role="alert" data-testid="publish-problems">
          <AlertTitle>{t('learning.editor.cannotPublish')}</AlertTitle>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {problems.map((p, i) => (
              <li key={`${p.field}-${i}`}>{describe(p)}</li>
            ))}
          </Box>
        </Alert>
      )}
      {error != null && !problems.length && errorCode(error) === 'BAD_USER_INPUT' && (
        <Alert severity="error">{t('common.fixFields')}</Alert>
      )}
      {error != null && errorCode(error) !== 'BAD_USER_INPUT' && <ErrorAlert error={error} />}
    </Stack>
  );
}

function ModuleEditor({ module, reference, onNotice }: { module: Module; reference: Reference; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ModuleDraft>(() => toDraft(module));
  const [baseline, setBaseline] = useState(() => serialise(draft));
  const [expanded, setExpanded] = useState<Set<string>>(() => {
    const lessons = draft.sections.flatMap((s) => s.lessons);
    return new Set(lessons.length <= 3 ? lessons.map((l) => l.key) : []);
  });
  const [update] = useMutation(UpdateCourseModuleMutation, { refetchQueries: ['MyCourseModules'] });
  const [publish] = useMutation(PublishCourseModuleMutation, { refetchQueries: ['MyCourseModules', 'CatalogModules'] });
  const [archive, archiving] = useMutation(ArchiveCourseModuleMutation, { refetchQueries: ['MyCourseModules', 'CatalogModules'] });
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [publishFailed, setPublishFailed] = useState(false);
  // Fields edited since the last refusal: their old error no longer holds and no longer shows.
  const [editedSinceError, setEditedSinceError] = useState<ReadonlySet<string>>(new Set());
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [archiveError, setArchiveError] = useState<unknown>(null);
  // While a lesson is dragged across sections the places change; errors keep the places they were given for.
  const [dragFrom, setDragFrom] = useState<SectionDraft[] | null>(null);

  const dirty = serialise(draft) !== baseline;
  useLeaveGuard(dirty, t('learning.editor.leaveWarning'));
  const errors = withoutEdited(pathFieldErrors(error, t, 'learning'), editedSinceError);
  // Bring a refusal into view: the list of what blocks publishing, or the first field refused
  // (lessons with errors open themselves).
  useScrollToError(error, '[data-testid="publish-problems"]');
  const problems =
    publishFailed && errorCode(error) === 'BAD_USER_INPUT'
      ? fieldErrorList(error).filter((p) => !editedSinceError.has(p.field.replace(/^input\./, '')))
      : [];
  const errorPlaces = dragFrom ?? draft.sections;
  // Only what the draft itself gets wrong blocks saving: a refusal from the server stays shown
  // until its field is edited, and never locks the buttons (the fix may lie in the lessons).
  const jpInvalid = moduleJp(draft.jp) === null;
  const jpError = errors.jpValue ?? (jpInvalid ? t('learning.editor.jpRange') : undefined);
  const minutes = totalMinutes(draft);
  const { minutesPerJp } = reference.jpRules;
  const set = (patch: Partial<ModuleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (error != null) setEditedSinceError((e) => new Set([...e, ...Object.keys(patch).map((k) => DRAFT_FIELD_INPUT[k] ?? k)]));
  };
  const setSections = (fn: (sections: ModuleDraft['sections']) => ModuleDraft['sections']) =>
    setDraft((d) => ({ ...d, sections: fn(d.sections) }));
  const patchCompetency = (i: number, patch: Partial<CompetencyDraft>) =>
    setDraft((d) => ({ ...d, competencies: d.competencies.map((c, j) => (j === i ? { ...c, ...patch } : c)) }));
  const patchLesson = (si: number, li: number, patch: Partial<LessonDraft>) =>
    setSections((ss) => ss.map((s, i) => (i !== si ? s : { ...s, lessons: s.lessons.map((l, j) => (j === li ? { ...l, ...patch } : l)) })));
  // Errors point at places by index: once the outline moves they would point at the wrong lesson.
  const restructure = (fn: (sections: ModuleDraft['sections']) => ModuleDraft['sections']) => {
    setSections(fn);
    setError(null);
    setPublishFailed(false);
  };
  const toggle = (key: string) =>
    setExpanded((e) => {
      const next = new Set(e);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const addLesson = (si: number) => {
    const lesson = newLesson();
    setExpanded((e) => new Set(e).add(lesson.key));
    restructure((ss) => ss.map((s, i) => (i === si ? { ...s, lessons: [...s.lessons, lesson] } : s)));
  };
  const addSection = () => {
    const lesson = newLesson();
    setExpanded((e) => new Set(e).add(lesson.key));
    restructure((ss) => [...ss, { key: newKey(), title: t('learning.editor.sectionDefault', { n: ss.length + 1 }), lessons: [lesson] }]);
  };

  /** Saves the whole module; false when the save made a new version (the page moves to it). */
  async function save(): Promise<boolean> {
    const saved = (await update({ variables: { input: { id: module.id, ...toInput(draft) } } })).data!.updateCourseModule;
    if (saved.id !== module.id) {
      onNotice(t('learning.editor.newVersion', { version: saved.version }));
      setBaseline(serialise(draft));
      navigate(`/pelatih/modul/${saved.id}`, { replace: true });
      return false;
    }
    const next = keepKeys(draft, toDraft(saved));
    setDraft(next);
    setBaseline(serialise(next));
    return true;
  }

  async function run(action: 'save' | 'publish') {
    setError(null);
    setPublishFailed(false);
    setEditedSinceError(new Set());
    setBusy(action);
    try {
      if (action === 'save') {
        if (await save()) onNotice(t('common.saved'));
      } else {
        if (dirty && !(await save())) return;
        try {
          await publish({ variables: { input: { id: module.id } } });
        } catch (e) {
          setPublishFailed(true);
          throw e;
        }
        onNotice(t('learning.editor.published'));
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  async function doArchive() {
    setArchiveError(null);
    try {
      await archive({ variables: { input: { id: module.id } } });
      setConfirmArchive(false);
      onNotice(t('learning.editor.archived'));
    } catch (e) {
      setArchiveError(e);
    }
  }

  return (
    <>
      <EditorHeader module={module} title={draft.title.trim() || module.title} onArchive={() => setConfirmArchive(true)} />
      <EditorNotices
        module={module}
        problems={problems}
        describe={(p) => describeProblem(p, { ...draft, sections: errorPlaces }, t)}
        error={error}
      />

      <Stack spacing={2}>
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
                  <TextField
                    label={t('learning.summary')}
                    multiline
                    minRows={3}
                    value={draft.summary}
                    onChange={(e) => set({ summary: e.target.value })}
                    error={!!errors.summary}
                    helperText={errors.summary ?? t('learning.editor.summaryHelp')}
                    slotProps={{ htmlInput: { maxLength: 5000 } }}
                  />
                  <ModuleFormJpFields
                    forms={reference.learningForms}
                    formId={draft.formId}
                    jp={draft.jp}
                    onChange={set}
                    formError={errors.formId}
                    jpError={jpError}
                  />
                  <TextField
                    label={t('learning.organiser')}
                    value={draft.organiser}
                    onChange={(e) => set({ organiser: e.target.value })}
                    error={!!errors.organiser}
                    helperText={errors.organiser ?? t('learning.editor.organiserHelp')}
                    slotProps={{ htmlInput: { maxLength: LIMITS.nameMax } }}
                  />
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

        <Card variant="outlined">
          <CardContent>
            <Typography variant="h2">{t('learning.editor.competencies')}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('learning.editor.competenciesHelp')}
            </Typography>
            <Stack spacing={1.5}>
              {draft.competencies.map((c, i) => (
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
                          excludeIds={draft.competencies.flatMap((o) => (o.competency ? [o.competency.id] : []))}
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
                      onClick={() => set({ competencies: draft.competencies.filter((_, j) => j !== i) })}
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
                  onClick={() => set({ competencies: [...draft.competencies, { key: newKey(), competency: null, level: 2 }] })}
                  disabled={draft.competencies.length >= 20}
                >
                  {t('learning.editor.addCompetency')}
                </Button>
              </Box>
            </Stack>
          </CardContent>
        </Card>

        <Card variant="outlined">
          <CardContent>
            <Typography variant="h2">{t('learning.editor.outline')}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {t('learning.editor.outlineHelp')}
            </Typography>
            {(errors.sections || problems.some((p) => p.field === 'sections')) && (
              <FormHelperText error sx={{ mb: 1 }}>
                {errors.sections}
              </FormHelperText>
            )}
            <OutlineDnd sections={draft.sections} onMove={setSections} onDrop={restructure} onDragFrom={setDragFrom}>
              <Stack spacing={2}>
                {draft.sections.map((s, si) => {
                  const sectionName = t('learning.sectionN', { n: si + 1 });
                  return (
                    <SortableItem key={s.key} kind="section" itemKey={s.key} name={sectionName}>
                      {(handle) => (
                        <Paper
                          variant="outlined"
                          role="group"
                          aria-label={sectionName}
                          sx={{ p: { xs: 1, sm: 2 }, bgcolor: 'background.default' }}
                        >
                          <Box sx={{ display: 'flex', gap: { xs: 0.5, sm: 1 }, alignItems: 'flex-start', mb: 1.5 }}>
                            <Box sx={{ height: 40, display: 'flex', alignItems: 'center', ml: { xs: -0.5, sm: -1 } }}>{handle}</Box>
                            <TextField
                              label={t('learning.editor.sectionTitle', { n: si + 1 })}
                              required
                              value={s.title}
                              onChange={(e) => setSections((ss) => ss.map((o, i) => (i === si ? { ...o, title: e.target.value } : o)))}
                              error={!!errors[`sections.${si}.title`]}
                              helperText={errors[`sections.${si}.title`]}
                              sx={{ bgcolor: 'background.paper' }}
                              slotProps={{ htmlInput: { maxLength: LIMITS.nameMax } }}
                            />
                            <IconButton
                              sx={sectionButton}
                              disabled={si === 0}
                              onClick={() => restructure((ss) => moveItem(ss, si, -1))}
                              aria-label={t('learning.editor.moveUpNamed', { name: sectionName })}
                            >
                              <ArrowUpward fontSize="small" />
                            </IconButton>
                            <IconButton
                              sx={sectionButton}
                              disabled={si === draft.sections.length - 1}
                              onClick={() => restructure((ss) => moveItem(ss, si, 1))}
                              aria-label={t('learning.editor.moveDownNamed', { name: sectionName })}
                            >
                              <ArrowDownward fontSize="small" />
                            </IconButton>
                            <IconButton
                              sx={sectionButton}
                              onClick={() => restructure((ss) => ss.filter((_, i) => i !== si))}
                              aria-label={t('learning.editor.removeNamed', { name: sectionName })}
                            >
                              <DeleteOutline fontSize="small" />
                            </IconButton>
                          </Box>
                          <Stack spacing={1}>
                            <SortableLessons section={s}>
                              {s.lessons.map((l, li) => {
                                // During a drag errors keep to the lessons they were given for (see dragFrom).
                                const at = findLesson(errorPlaces, l.key);
                                const lErrors = at ? lessonErrors(errors, at.si, at.li) : {};
                                const number = `${si + 1}.${li + 1}`;
                                return (
                                  <SortableItem
                                    key={l.key}
                                    kind="lesson"
                                    itemKey={l.key}
                                    name={t('learning.editor.lessonN', { n: number })}
                                  >
                                    {(lessonHandle) => (
                                      <LessonEditor
                                        dragHandle={lessonHandle}
                                        lesson={l}
                                        number={number}
                                        errors={lErrors}
                                        expanded={expanded.has(l.key) || Object.keys(lErrors).length > 0}
                                        onToggle={() => toggle(l.key)}
                                        onChange={(patch) => patchLesson(si, li, patch)}
                                        onMove={(delta) => restructure((ss) => moveLesson(ss, si, li, delta))}
                                        onRemove={() =>
                                          restructure((ss) =>
                                            ss.map((o, i) => (i === si ? { ...o, lessons: o.lessons.filter((_, j) => j !== li) } : o)),
                                          )
                                        }
                                        canMoveUp={si > 0 || li > 0}
                                        canMoveDown={si < draft.sections.length - 1 || li < s.lessons.length - 1}
                                      />
                                    )}
                                  </SortableItem>
                                );
                              })}
                            </SortableLessons>
                            {s.lessons.length === 0 && (
                              <EmptySectionDrop sectionKey={s.key}>
                                <Typography variant="body2" color="text.secondary">
                                  {t('learning.module.noLessonsInSection')}
                                </Typography>
                              </EmptySectionDrop>
                            )}
                            <Box>
                              <Button
                                startIcon={<AddIcon />}
                                onClick={() => addLesson(si)}
                                aria-label={t('learning.editor.addLessonTo', { name: sectionName })}
                              >
                                {t('learning.editor.addLesson')}
                              </Button>
                            </Box>
                          </Stack>
                        </Paper>
                      )}
                    </SortableItem>
                  );
                })}
                {draft.sections.length === 0 && (
                  <EmptyState title={t('learning.editor.noSectionsTitle')} body={t('learning.editor.noSectionsBody')} />
                )}
                <Box>
                  <Button variant="outlined" startIcon={<AddIcon />} onClick={addSection}>
                    {t('learning.editor.addSection')}
                  </Button>
                </Box>
              </Stack>
            </OutlineDnd>
          </CardContent>
        </Card>
      </Stack>

      <Paper
        elevation={3}
        sx={{
          position: 'sticky',
          bottom: { xs: 8, sm: 16 },
          mt: 3,
          p: 1.5,
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          flexWrap: 'wrap',
          zIndex: (theme) => theme.zIndex.appBar - 1,
        }}
      >
        <Typography
          variant="body2"
          color={error != null ? 'error' : dirty ? 'warning.dark' : 'text.secondary'}
          sx={{ flex: '1 1 160px' }}
          role="status"
        >
          {error != null
            ? problems.length
              ? t('learning.editor.cannotPublish')
              : errorCode(error) === 'BAD_USER_INPUT'
                ? t('common.fixFields')
                : t(`errors.${errorCode(error)}.title`)
            : dirty
              ? t('learning.editor.unsaved')
              : t('learning.editor.allSaved', { date: formatDateTime(module.updatedAt) })}
        </Typography>
        <Button
          variant={module.viewerCan.publish ? 'outlined' : 'contained'}
          startIcon={busy === 'save' ? <CircularProgress size={18} color="inherit" /> : <SaveOutlined />}
          disabled={!!busy || !dirty || jpInvalid}
          onClick={() => void run('save')}
        >
          {t('common.save')}
        </Button>
        {module.viewerCan.publish && (
          <Button
            variant="contained"
            startIcon={busy === 'publish' ? <CircularProgress size={18} color="inherit" /> : <PublishOutlined />}
            disabled={!!busy || jpInvalid}
            onClick={() => void run('publish')}
          >
            {t('learning.editor.publish')}
          </Button>
        )}
      </Paper>

      {confirmArchive && (
        <ConfirmDialog
          title={t('learning.editor.archiveTitle')}
          body={t('learning.editor.archiveBody')}
          confirmLabel={t('learning.editor.archive')}
          destructive
          busy={archiving.loading}
          error={archiveError}
          onConfirm={() => void doArchive()}
          onClose={() => {
            setConfirmArchive(false);
            setArchiveError(null);
          }}
        />
      )}
    </>
  );
}

export function ModuleEditorPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const result = mergeResults({
    module: useQuery(ModuleEditorQuery, { variables: { id: id! } }),
    reference: useQuery(EditorReferenceQuery),
  });
  // At the top: the bottom of the screen holds the sticky save bar.
  const notice = useNotice({ top: true, duration: 5000 });
  return (
    <>
      <Button startIcon={<ArrowBack />} component={Link} to="/pelatih/modul" sx={{ mb: 1 }}>
        {t('learning.mine.title')}
      </Button>
      <Cell result={result} loading={<SkeletonRows rows={8} height={56} />}>
        {({ module: { courseModule: module }, reference }) =>
          module.viewerCan.edit ? (
            <ModuleEditor key={module.id} module={module} reference={reference} onNotice={notice.show} />
          ) : (
            <EmptyState title={t('errors.FORBIDDEN.title')} body={t('learning.editor.notAuthor')} />
          )
        }
      </Cell>
      {notice.element}
    </>
  );
}
