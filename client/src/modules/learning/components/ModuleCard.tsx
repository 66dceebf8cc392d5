import CheckCircle from '@mui/icons-material/CheckCircle';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import { Box, Card, CardActionArea, CardContent, CardMedia, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModuleCardFieldsFragment } from '../../../gql/graphql';
import { formatJp } from '../../../ui/format';
import { ProgressBar } from '../../../ui/ProgressBar';
import { CompetencyChips } from './chips';
import { formatMinutes } from './learningFormat';

/** A module in the catalog: cover, title, JP, form, competencies, size and the viewer's progress. */
export function ModuleCard({ module: m }: { module: ModuleCardFieldsFragment }) {
  const { t } = useTranslation();
  const enrollment = m.myEnrollment;
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea
        component={Link}
        to={`/modul/${m.id}`}
        sx={{ height: '100%', display: 'flex', flexDirection: 'column', alignItems: 'stretch', justifyContent: 'flex-start' }}
      >
        {m.cover ? (
          <CardMedia component="img" height={140} image={m.cover.url} alt="" sx={{ objectFit: 'cover' }} />
        ) : (
          <Box
            aria-hidden
            sx={{
              height: 140,
              display: 'grid',
              placeItems: 'center',
              color: 'primary.contrastText',
              background: (theme) => `linear-gradient(135deg, ${theme.palette.primary.main}, ${theme.palette.primary.dark})`,
            }}
          >
            <SchoolOutlined sx={{ fontSize: 56, opacity: 0.8 }} />
          </Box>
        )}
        <CardContent sx={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 1, minWidth: 0 }}>
          <Typography
            variant="h3"
            component="h2"
            sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', overflowWrap: 'anywhere' }}
          >
            {m.title}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
            <Chip size="small" color="primary" label={formatJp(m.jpValue)} />
            <Chip size="small" label={m.form.name} sx={{ maxWidth: '100%' }} />
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {t('learning.lessons', { count: m.lessonCount })}
            {m.totalMinutes > 0 && ` · ${formatMinutes(m.totalMinutes)}`}
          </Typography>
          {m.competencies.length > 0 && <CompetencyChips items={m.competencies} max={3} />}
          <Box sx={{ flex: 1 }} />
          {enrollment &&
            (enrollment.completedAt ? (
              <Typography variant="body2" color="success.main" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontWeight: 600 }}>
                <CheckCircle fontSize="small" /> {t('learning.completed')}
              </Typography>
            ) : (
              <Box>
                <Typography variant="caption" color="text.secondary">
                  {t('learning.yourProgress')}
                </Typography>
                <ProgressBar
                  percent={enrollment.progressPercent}
                  label={t('learning.progressLabel', { percent: enrollment.progressPercent })}
                />
              </Box>
            ))}
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
