import AddIcon from '@mui/icons-material/Add';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Card, CardContent, FormHelperText, IconButton, Paper, Stack, Typography } from '@mui/material';
import { LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { findLesson, type LessonDraft, type ModuleDraft, moveItem, moveLesson, newKey, newLesson, type SectionDraft } from './editorState';
import { LessonEditor, lessonErrors } from './LessonEditor';
import { EmptySectionDrop, OutlineDnd, SortableItem, SortableLessons } from './OutlineDnd';

type Sections = ModuleDraft['sections'];

/** Narrower on a phone, where the section's title shares the row with its handle and buttons. */
const sectionButton = { p: { xs: 0.75, sm: 1 }, mt: { xs: 0.5, sm: 0 } } as const;

/**
 * The module's outline: sections and their lessons, each edited in place, reordered by buttons or
 * by dragging. `onEdit` changes what the places keep; `onRestructure` moves, adds or removes places
 * (so errors given for the old places are dropped). While a lesson is dragged, errors stay with the
 * lessons they were given for (`errorPlaces`).
 */
export function ModuleOutlineEditor({
  sections,
  errors,
  sectionsRefused,
  errorPlaces,
  onEdit: setSections,
  onRestructure: restructure,
  onDragFrom: setDragFrom,
}: {
  sections: Sections;
  errors: Record<string, string>;
  /** The server refused the outline as a whole (no sections). */
  sectionsRefused: boolean;
  errorPlaces: SectionDraft[];
  onEdit: (fn: (sections: Sections) => Sections) => void;
  onRestructure: (fn: (sections: Sections) => Sections) => void;
  onDragFrom: (sections: SectionDraft[] | null) => void;
}) {
  const { t } = useTranslation();
  // Lessons open for editing: all of a short module at first, and each lesson as it is added.
  const [expanded, setExpanded] = useState<Set<string>>(() => {
    const lessons = sections.flatMap((s) => s.lessons);
    return new Set(lessons.length <= 3 ? lessons.map((l) => l.key) : []);
  });
  const toggle = (key: string) =>
    setExpanded((e) => {
      const next = new Set(e);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const patchLesson = (si: number, li: number, patch: Partial<LessonDraft>) =>
    setSections((ss) => ss.map((s, i) => (i !== si ? s : { ...s, lessons: s.lessons.map((l, j) => (j === li ? { ...l, ...patch } : l)) })));
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
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h2">{t('learning.editor.outline')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('learning.editor.outlineHelp')}
        </Typography>
        {(errors.sections || sectionsRefused) && (
          <FormHelperText error sx={{ mb: 1 }}>
            {errors.sections}
          </FormHelperText>
        )}
        <OutlineDnd sections={sections} onMove={setSections} onDrop={restructure} onDragFrom={setDragFrom}>
          <Stack spacing={2}>
            {sections.map((s, si) => {
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
                        <LimitedTextField
                          maxChars={LIMITS.nameMax}
                          label={t('learning.editor.sectionTitle', { n: si + 1 })}
                          required
                          value={s.title}
                          onChange={(e) => setSections((ss) => ss.map((o, i) => (i === si ? { ...o, title: e.target.value } : o)))}
                          error={!!errors[`sections.${si}.title`]}
                          helperText={errors[`sections.${si}.title`]}
                          sx={{ bgcolor: 'background.paper' }}
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
                          disabled={si === sections.length - 1}
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
                              <SortableItem key={l.key} kind="lesson" itemKey={l.key} name={t('learning.editor.lessonN', { n: number })}>
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
                                    canMoveDown={si < sections.length - 1 || li < s.lessons.length - 1}
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
            {sections.length === 0 && (
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
  );
}
