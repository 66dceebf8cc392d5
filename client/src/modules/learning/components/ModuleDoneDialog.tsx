import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link as MuiLink,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageParts } from '../../../app/PageParts';
import type { LearningRecordFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatJp } from '../../../ui/format';
import { creditStepsText } from '../../record/lib/creditSteps';
import type { ProposedEvidence } from './useLessonCompletion';

/**
 * The module is finished: the JP the server credited (as it gives them), or, when another version
 * of the module already credited them, that earlier record (a module credits once); and the
 * competency levels the server proposed as evidence, which wait for a supervisor's decision.
 */
export function ModuleDoneDialog({
  moduleId,
  record,
  creditedEarlier,
  evidenceProposed,
  jpValue,
  onClose,
}: {
  moduleId: string;
  record: LearningRecordFieldsFragment | null;
  creditedEarlier: LearningRecordFieldsFragment | null;
  evidenceProposed: ProposedEvidence;
  jpValue: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="module-done-title">
      <DialogContent sx={{ textAlign: 'center', pt: 4 }} data-testid="module-completed">
        {/* A trophy only for JP earned: finishing a module that credits nothing is said plainly. */}
        {record && record.jp > 0 && <EmojiEventsOutlined sx={{ fontSize: 72, color: 'secondary.main' }} />}
        <DialogTitle id="module-done-title" sx={{ p: 0, mt: 1 }}>
          {record && record.jp > 0 ? t('learning.lesson.moduleDoneTitle') : t('learning.lesson.moduleDoneNoJpTitle')}
        </DialogTitle>
        {record && record.jp === 0 && (
          <Typography sx={{ mt: 2 }}>{t('learning.lesson.moduleDoneNoJpBody', { stated: formatJp(jpValue) })}</Typography>
        )}
        {record && record.jp > 0 && (
          <>
            <Typography variant="h1" component="p" sx={{ my: 2, color: 'success.main' }}>
              +{formatJp(record.jp)}
            </Typography>
            <Typography>{t('learning.lesson.moduleDoneBody', { jp: formatJp(record.jp) })}</Typography>
          </>
        )}
        {creditedEarlier && (
          <Typography sx={{ mt: 2 }}>
            {t('learning.lesson.creditedEarlier', {
              jp: formatJp(creditedEarlier.jp),
              title: creditedEarlier.title,
              date: formatDate(creditedEarlier.endDate),
            })}
          </Typography>
        )}
        {record?.status === 'PENDING' && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('learning.lesson.pendingNote')}
          </Typography>
        )}
        {record && record.jp > 0 && record.jp < jpValue && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('learning.lesson.cappedNote', { note: creditStepsText(t, i18n.language, record.creditSteps) })}
          </Typography>
        )}
        {evidenceProposed.length > 0 && (
          <Alert severity="info" sx={{ mt: 2, textAlign: 'left' }} data-testid="evidence-proposed">
            <AlertTitle>{t('learning.lesson.evidenceTitle')}</AlertTitle>
            {t('learning.lesson.evidenceBody')}
            <Box component="ul" sx={{ my: 1, pl: 2.5 }}>
              {evidenceProposed.map((p) => (
                <li key={p.id}>{t('learning.lesson.evidenceItem', { name: p.competency.name, level: p.level })}</li>
              ))}
            </Box>
            <MuiLink component={Link} to="/profil-kompetensi">
              {t('learning.lesson.evidenceProfile')}
            </MuiLink>
          </Alert>
        )}
        <PageParts slot="completedModule" value={{ moduleId }} />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 3, justifyContent: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>{t('common.close')}</Button>
        <Button variant="contained" component={Link} to="/">
          {t('learning.lesson.toDashboard')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
