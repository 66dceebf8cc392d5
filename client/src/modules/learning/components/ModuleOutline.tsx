import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import { Box, Chip, List, ListItem, ListItemIcon, ListItemText, ListSubheader, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LessonKind } from '../../../gql/graphql';
import { LessonKindIcon } from './chips';
import { formatMinutes } from './learningFormat';
import { LinkListItem } from '../../../ui/LinkListItem';

interface Section {
  id: string;
  title: string;
  lessons: { id: string; title: string; kind: LessonKind; required: boolean; durationMinutes?: number | null }[];
}

/**
 * Sections and lessons of a module: kind icon, minutes, a tick for lessons done. Lessons link to
 * the player when `linkable` (the viewer is enrolled or authors the module).
 */
export function ModuleOutline({
  moduleId,
  sections,
  doneIds,
  linkable,
  currentLessonId,
}: {
  moduleId: string;
  sections: Section[];
  doneIds: string[];
  linkable: boolean;
  currentLessonId?: string;
}) {
  const { t } = useTranslation();
  const done = new Set(doneIds);
  let n = 0;
  return (
    <Box component="nav" aria-label={t('learning.module.outline')}>
      {sections.map((s) => (
        <List
          key={s.id}
          dense
          disablePadding
          subheader={
            <ListSubheader disableSticky sx={{ lineHeight: 1.4, py: 1, bgcolor: 'transparent', fontWeight: 600, color: 'text.primary' }}>
              {s.title}
            </ListSubheader>
          }
        >
          {s.lessons.map((l) => {
            n += 1;
            const isDone = done.has(l.id);
            const content = (
              <>
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <LessonKindIcon kind={l.kind} fontSize="small" color={l.id === currentLessonId ? 'primary' : 'action'} />
                </ListItemIcon>
                <ListItemText
                  primary={`${n}. ${l.title}`}
                  secondary={
                    <>
                      {t(`learning.kind.${l.kind}`)}
                      {l.durationMinutes ? ` · ${formatMinutes(l.durationMinutes)}` : ''}
                      {!l.required && ` · ${t('learning.optional')}`}
                    </>
                  }
                  slotProps={{ primary: { sx: { overflowWrap: 'anywhere', fontWeight: l.id === currentLessonId ? 600 : undefined } } }}
                />
                {isDone ? (
                  <CheckCircle color="success" fontSize="small" titleAccess={t('learning.lessonDone')} sx={{ ml: 1 }} />
                ) : (
                  <RadioButtonUnchecked
                    fontSize="small"
                    sx={{ ml: 1, color: 'action.disabled' }}
                    titleAccess={t('learning.lessonNotDone')}
                  />
                )}
              </>
            );
            return linkable ? (
              <LinkListItem
                key={l.id}
                to={`/modul/${moduleId}/pelajaran/${l.id}`}
                selected={l.id === currentLessonId}
                aria-current={l.id === currentLessonId ? 'page' : undefined}
              >
                {content}
              </LinkListItem>
            ) : (
              <ListItem key={l.id}>{content}</ListItem>
            );
          })}
          {s.lessons.length === 0 && (
            <ListItem>
              <Typography variant="body2" color="text.secondary">
                {t('learning.module.noLessonsInSection')}
              </Typography>
            </ListItem>
          )}
        </List>
      ))}
      {sections.length === 0 && <Chip label={t('learning.module.noLessons')} variant="outlined" />}
    </Box>
  );
}
