import { Alert, Button, Card, CardContent, Grid, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditStepsText } from '../lib/creditSteps';
import { useParams } from 'react-router';
import { DetailList } from '../../../ui/DetailList';
import { DetailPage, HeaderFacts } from '../../../ui/DetailPage';
import { formatDate, formatDateTime, formatJp, formatMonth, formatNip } from '../../../ui/format';
import { ClaimDialog } from '../components/ClaimDialog';
import { type ClaimDecision, ClaimDecisionDialog } from '../components/ClaimDecisionDialog';
import { ClaimEvidence } from '../components/ClaimEvidence';
import { ClaimStatusChip } from '../components/ClaimStatusChip';
import { LearningClaimQuery } from '../graphql/claims';

/** One claim: what it states, its evidence, the JP and how they were computed, the decision, and what the viewer may do. */
export function ClaimPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const result = useQuery(LearningClaimQuery, { variables: { id: id! } });
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState<ClaimDecision | null>(null);
  return (
    <DetailPage
      back="/klaim"
      result={result}
      rows={4}
      header={({ learningClaim: c }) => ({
        title: c.title,
        subtitle: (
          <HeaderFacts>
            <ClaimStatusChip status={c.status} />
            <span>{c.form.name}</span>
          </HeaderFacts>
        ),
        actions: (
          <>
            {c.viewerCan.edit && (
              <Button variant={c.status === 'RETURNED' ? 'contained' : 'outlined'} onClick={() => setEditing(true)}>
                {c.status === 'RETURNED' ? t('claim.reviseAction') : t('claim.editAction')}
              </Button>
            )}
            {c.viewerCan.decide && (
              <>
                <Button variant="contained" onClick={() => setDeciding('approve')}>
                  {t('claim.decide.approve')}
                </Button>
                <Button variant="outlined" onClick={() => setDeciding('return')}>
                  {t('claim.decide.return')}
                </Button>
                <Button variant="outlined" color="error" onClick={() => setDeciding('reject')}>
                  {t('claim.decide.reject')}
                </Button>
              </>
            )}
          </>
        ),
      })}
    >
      {({ learningClaim: c }) => (
        <>
          {c.decisionReason && (
            <Alert severity={c.status === 'REJECTED' ? 'error' : 'info'} sx={{ mb: 2 }}>
              <strong>
                {t(`claim.reasonLabel.${c.status === 'REJECTED' ? 'REJECTED' : 'RETURNED'}`, { name: c.decidedByName ?? '' })}
              </strong>{' '}
              {c.decisionReason}
            </Alert>
          )}
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, md: 8 }}>
              <Card variant="outlined">
                <CardContent>
                  <DetailList
                    items={[
                      { label: t('claim.employee'), value: `${c.employee.name} · ${formatNip(c.employee.nip)} · ${c.employee.opd.name}` },
                      { label: t('claim.organiser'), value: c.organiser },
                      {
                        label: t('claim.dates'),
                        value:
                          c.startDate === c.endDate ? formatDate(c.startDate) : `${formatDate(c.startDate)} – ${formatDate(c.endDate)}`,
                      },
                      ...(c.attendedDates.length
                        ? [{ label: t('claim.attendedDates'), value: c.attendedDates.map((d) => formatDate(d)).join(', ') }]
                        : []),
                      ...(c.hours != null ? [{ label: t('claim.hours'), value: String(c.hours) }] : []),
                      ...(c.sessionsPerMonth.length
                        ? [
                            {
                              label: t('claim.sessionsPerMonth'),
                              value: c.sessionsPerMonth.map((m) => `${formatMonth(m.month)}: ${m.sessions}`).join(', '),
                            },
                          ]
                        : []),
                      { label: t('claim.funding'), value: t(`claim.fundingSource.${c.funding}`) },
                      { label: t('claim.international'), value: c.international ? t('claim.yes') : t('claim.no') },
                      { label: t('claim.submittedAt'), value: `${formatDateTime(c.submittedAt)} · ${c.submittedByName}` },
                      ...(c.decidedAt
                        ? [{ label: t('claim.decidedAt'), value: `${formatDateTime(c.decidedAt)} · ${c.decidedByName ?? ''}` }]
                        : []),
                    ]}
                  />
                </CardContent>
              </Card>
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <Card variant="outlined" sx={{ mb: 2 }}>
                <CardContent>
                  <Typography variant="subtitle2">{t('claim.jp')}</Typography>
                  <Typography variant="h2" component="p">
                    {c.jp != null ? formatJp(c.jp) : '–'}
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {c.status === 'SUBMITTED'
                      ? t('claim.pendingUntilApproved')
                      : c.status === 'RETURNED'
                        ? t('claim.returnedNoJp')
                        : creditStepsText(t, i18n.language, c.creditSteps)}
                  </Typography>
                </CardContent>
              </Card>
              <Card variant="outlined">
                <CardContent>
                  <Typography variant="subtitle2" gutterBottom>
                    {t('claim.evidence')}
                  </Typography>
                  <ClaimEvidence evidence={c.evidence} />
                </CardContent>
              </Card>
            </Grid>
          </Grid>
          {editing && <ClaimDialog claim={c} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
          {deciding && (
            <ClaimDecisionDialog claim={c} decision={deciding} onClose={() => setDeciding(null)} onDone={() => setDeciding(null)} />
          )}
        </>
      )}
    </DetailPage>
  );
}
