import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import OpenInNew from '@mui/icons-material/OpenInNew';
import { Box, Button, Link as MuiLink, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LessonFieldsFragment } from '../../../gql/graphql';
import { formatBytes } from '../../../ui/format';
import { EmbeddedVideo } from './EmbeddedVideo';
import { LessonBody } from './LessonBody';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A link straight to a video file, which the browser can play (and tell when it ended). */
const VIDEO_FILE = /\.(mp4|webm|ogv)(\?|#|$)/i;

/**
 * The lesson itself, by kind. `sentinel` marks the end of a text; `onViewedToEnd` is called when
 * a video (a file, or a YouTube or Vimeo player) has played to its end.
 */
export function LessonContent({
  lesson,
  moduleId,
  sentinel,
  onViewedToEnd,
}: {
  lesson: LessonFieldsFragment;
  moduleId: string;
  sentinel: (el: HTMLDivElement | null) => void;
  onViewedToEnd?: () => void;
}) {
  const { t } = useTranslation();
  switch (lesson.kind) {
    case 'QUIZ':
      return (
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <Typography sx={{ flex: 1, minWidth: 200 }}>{t('learning.lesson.quizBody')}</Typography>
          <Button variant="contained" component={Link} to={`/modul/${moduleId}/kuis/${lesson.id}`}>
            {t('learning.lesson.openQuiz')}
          </Button>
        </Paper>
      );
    case 'TEXT':
      return (
        <>
          {lesson.bodyHtml ? (
            <LessonBody html={lesson.bodyHtml} />
          ) : (
            <Typography color="text.secondary">{t('learning.lesson.noText')}</Typography>
          )}
          <Box ref={sentinel} data-testid="lesson-end" sx={{ height: 1 }} />
        </>
      );
    case 'VIDEO':
      if (!lesson.embedUrl && lesson.url && VIDEO_FILE.test(lesson.url)) {
        return (
          <Box
            component="video"
            controls
            preload="metadata"
            src={lesson.url}
            title={lesson.title}
            onEnded={onViewedToEnd}
            data-testid="lesson-video"
            sx={{ width: '100%', aspectRatio: '16 / 9', bgcolor: 'common.black', borderRadius: 1 }}
          />
        );
      }
      return lesson.embedUrl ? (
        <Stack spacing={1}>
          <EmbeddedVideo embedUrl={lesson.embedUrl} title={lesson.title} onEnded={onViewedToEnd} />
          {onViewedToEnd && (
            <Typography variant="body2" color="text.secondary">
              {t('learning.lesson.videoEndsLesson')}
            </Typography>
          )}
          {lesson.url && (
            <Typography variant="body2" color="text.secondary">
              <MuiLink href={lesson.url} target="_blank" rel="noopener noreferrer">
                {t('learning.lesson.openVideoSite', { host: hostOf(lesson.url) })}
              </MuiLink>
            </Typography>
          )}
        </Stack>
      ) : lesson.url ? (
        <Button
          variant="contained"
          href={lesson.url}
          target="_blank"
          rel="noopener noreferrer"
          endIcon={<OpenInNew />}
          sx={{ alignSelf: 'flex-start' }}
        >
          {t('learning.lesson.openVideo', { host: hostOf(lesson.url) })}
        </Button>
      ) : (
        <Typography color="text.secondary">{t('learning.lesson.noLink')}</Typography>
      );
    case 'FILE':
      return lesson.file ? (
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <AttachFileOutlined color="action" />
          <Box sx={{ flex: 1, minWidth: 160 }}>
            <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{lesson.file.name}</Typography>
            <Typography variant="body2" color="text.secondary">
              {formatBytes(lesson.file.size)}
            </Typography>
          </Box>
          <Button variant="contained" href={lesson.file.url} download={lesson.file.name} startIcon={<DownloadOutlined />}>
            {t('learning.lesson.download')}
          </Button>
        </Paper>
      ) : (
        <Typography color="text.secondary">{t('learning.lesson.noFile')}</Typography>
      );
    case 'LINK':
      return lesson.url ? (
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <Box sx={{ flex: 1, minWidth: 160 }}>
            <Typography sx={{ fontWeight: 600 }}>{hostOf(lesson.url)}</Typography>
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {lesson.url}
            </Typography>
          </Box>
          <Button variant="contained" href={lesson.url} target="_blank" rel="noopener noreferrer" endIcon={<OpenInNew />}>
            {t('learning.lesson.openLink')}
          </Button>
        </Paper>
      ) : (
        <Typography color="text.secondary">{t('learning.lesson.noLink')}</Typography>
      );
  }
}
