import { Box, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { DiscriminationRating } from '../../../gql/graphql';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { SectionCard } from '../../../ui/SectionCard';
import { ModuleLearningGainQuery, QuizItemAnalysisQuery } from '../graphql/assessment';
import { GainFigures, gain, percent, points } from './GainFigures';

const RATING_COLOR: Record<DiscriminationRating, 'success' | 'warning' | 'error'> = { GOOD: 'success', FAIR: 'warning', REVIEW: 'error' };

/** Facility and discrimination of each question of the quiz, over its finished attempts. */
export function ItemAnalysisCard({ lessonId }: { lessonId: string }) {
  const { t } = useTranslation();
  const result = useQuery(QuizItemAnalysisQuery, { variables: { lessonId }, fetchPolicy: 'cache-and-network' });
  return (
    <SectionCard title={t('assessment.analysis.title')} component="section">
      <Cell
        result={result}
        loading={<SkeletonRows rows={3} />}
        isEmpty={(d) => d.quizItemAnalysis.attempts < d.quizItemAnalysis.minResponses}
        empty={({ quizItemAnalysis }) => (
          <EmptyState
            title={t('assessment.analysis.emptyTitle')}
            body={t('assessment.analysis.emptyBody', { count: quizItemAnalysis.minResponses, attempts: quizItemAnalysis.attempts })}
          />
        )}
      >
        {({ quizItemAnalysis }) => (
          <>
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {t('assessment.analysis.intro', { count: quizItemAnalysis.attempts })}
            </Typography>
            <TableContainer>
              <Table size="small" aria-label={t('assessment.analysis.title')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('assessment.analysis.question')}</TableCell>
                    <TableCell align="right">{t('assessment.analysis.responses')}</TableCell>
                    <TableCell align="right">{t('assessment.analysis.facility')}</TableCell>
                    <TableCell align="right">{t('assessment.analysis.discrimination')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {quizItemAnalysis.items.map((item, i) => (
                    <TableRow key={item.questionId}>
                      <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 160 }}>
                        {i + 1}. {item.label}
                        <Typography variant="caption" color="text.secondary" component="div">
                          {t(`assessment.type.${item.type}`)}
                        </Typography>
                      </TableCell>
                      <TableCell align="right">{item.responses}</TableCell>
                      <TableCell align="right">{percent(item.facility)}</TableCell>
                      <TableCell align="right">
                        <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, whiteSpace: 'nowrap' }}>
                          {gain(item.discrimination)}
                          {item.rating && (
                            <Chip
                              size="small"
                              variant="outlined"
                              color={RATING_COLOR[item.rating]}
                              label={t(`assessment.analysis.rating.${item.rating}`)}
                            />
                          )}
                        </Box>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('assessment.analysis.help', { count: quizItemAnalysis.minResponses })}
            </Typography>
          </>
        )}
      </Cell>
    </SectionCard>
  );
}

/** Pre-test → post-test gain of the module's learners and of the class. */
export function LearningGainCard({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const result = useQuery(ModuleLearningGainQuery, { variables: { moduleId }, fetchPolicy: 'cache-and-network' });
  return (
    <SectionCard title={t('assessment.gain.title')} component="section">
      <Cell
        result={result}
        loading={<SkeletonRows rows={3} />}
        isEmpty={(d) => d.moduleLearningGain.learners.length === 0}
        empty={({ moduleLearningGain: { preTestLessonId, postTestLessonId } }) => (
          <EmptyState
            title={t('assessment.gain.emptyTitle')}
            body={!preTestLessonId || !postTestLessonId ? t('assessment.gain.needsBoth') : t('assessment.gain.emptyBody')}
          />
        )}
      >
        {({ moduleLearningGain: { summary, learners, preTestLessonId, postTestLessonId } }) => (
          <>
            {(!preTestLessonId || !postTestLessonId) && (
              <Typography color="text.secondary" sx={{ mb: 1 }}>
                {t('assessment.gain.needsBoth')}
              </Typography>
            )}
            <GainFigures summary={summary} />
            <TableContainer>
              <Table size="small" aria-label={t('assessment.gain.tableLabel')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('assessment.gain.learner')}</TableCell>
                    <TableCell align="right">{t('assessment.gain.pre')}</TableCell>
                    <TableCell align="right">{t('assessment.gain.post')}</TableCell>
                    <TableCell align="right">{t('assessment.gain.absolute')}</TableCell>
                    <TableCell align="right">{t('assessment.gain.normalised')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {learners.map((l) => (
                    <TableRow key={l.employeeId}>
                      <TableCell sx={{ overflowWrap: 'anywhere', minWidth: 140 }}>{l.name}</TableCell>
                      <TableCell align="right">{percent(l.pre)}</TableCell>
                      <TableCell align="right">{percent(l.post)}</TableCell>
                      <TableCell align="right">{points(l.absoluteGain)}</TableCell>
                      <TableCell align="right">{gain(l.normalisedGain)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </>
        )}
      </Cell>
    </SectionCard>
  );
}
