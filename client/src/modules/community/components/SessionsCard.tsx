import { Alert, Box, Button, Chip, List, ListItem, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { SessionFieldsFragment } from '../../../gql/graphql';
import { Cell, useShownData } from '../../../ui/Cell';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCode } from '../../../ui/errors';
import { Figures } from '../../../ui/Figures';
import { formatDateTime, formatJp } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import { AcknowledgeSessionReportMutation, GroupSessionsQuery, OpenGroupSessionMutation } from '../graphql/sessions';
import { PlanSessionDialog } from './PlanSessionDialog';
import { ReportDialog } from './ReportDialog';
import { timeRange } from './sessionText';

const STATUS_COLOR = { PLANNED: 'default', OPEN: 'success', CLOSED: 'default' } as const;

/** A member's own line under a session: present (how long, flagged or by hand) or absent. */
function MyAttendance({ session }: { session: SessionFieldsFragment }) {
  const { t } = useTranslation();
  const a = session.myAttendance;
  if (!a) return session.status === 'CLOSED' ? <Chip size="small" variant="outlined" label={t('community.attendance.absent')} /> : null;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      <Chip size="small" color="success" label={t('community.attendance.present', { minutes: a.attendedMinutes })} />
      {a.flag && <Chip size="small" color="warning" label={t(`community.flag.${a.flag}`)} />}
      {a.method === 'MANUAL' && <Chip size="small" variant="outlined" label={t('community.attendance.manual')} />}
    </Box>
  );
}

/** Sessions of a group: the trainer plans, opens and reports them, the monitor acknowledges reports, members check in. */
export function SessionsCard({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const result = useQuery(GroupSessionsQuery, { variables: { id: groupId } });
  const [open, opening] = useMutation(OpenGroupSessionMutation, { refetchQueries: ['GroupSessions', 'GroupMonitoring'] });
  const [acknowledge, acknowledging] = useMutation(AcknowledgeSessionReportMutation, {
    refetchQueries: ['GroupSessions', 'GroupMonitoring'],
  });
  const [planning, setPlanning] = useState(false);
  const [reporting, setReporting] = useState<SessionFieldsFragment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      notice.show(done);
    } catch (e) {
      setError(e);
    }
  };
  const group = useShownData(result)?.communityGroup;
  const can = group?.viewer.can;
  return (
    <SectionCard
      title={t('community.session.title')}
      action={
        can?.runSessions && (
          <Button variant="outlined" onClick={() => setPlanning(true)}>
            {t('community.session.plan')}
          </Button>
        )
      }
    >
      {error != null &&
        (errorCode(error) === 'CONFLICT' ? <Alert severity="warning">{t('community.conflict')}</Alert> : <ErrorAlert error={error} />)}
      <Cell
        result={result}
        isEmpty={(d) => d.communityGroup.sessions.length === 0 && !d.communityGroup.myMembership}
        empty={<Typography color="text.secondary">{t('community.session.none')}</Typography>}
      >
        {({ communityGroup: g }) => (
          <Stack spacing={2}>
            {g.myMembership?.status === 'ACTIVE' && (
              <Figures
                items={[
                  { label: t('community.mine.minutes'), value: g.myMembership.attendedMinutes },
                  ...(g.myMembership.creditedJp != null
                    ? [{ label: t('community.mine.creditedJp'), value: formatJp(g.myMembership.creditedJp), tone: 'success' as const }]
                    : [{ label: t('community.mine.expectedJp'), value: formatJp(g.myMembership.expectedJp ?? 0) }]),
                  {
                    label: t('community.mine.sessions'),
                    value: `${g.sessions.filter((s) => s.myAttendance).length}/${g.sessions.filter((s) => s.status !== 'PLANNED').length}`,
                  },
                ]}
              />
            )}
            {g.sessions.length === 0 ? (
              <Typography color="text.secondary">{t('community.session.none')}</Typography>
            ) : (
              <List disablePadding>
                {g.sessions.map((s) => (
                  <ListItem key={s.id} divider disableGutters sx={{ display: 'block' }} data-testid="session-row">
                    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                      <Typography sx={{ fontWeight: 600 }}>{s.topic}</Typography>
                      <Chip size="small" color={STATUS_COLOR[s.status]} label={t(`community.sessionStatus.${s.status}`)} />
                    </Box>
                    <Typography variant="body2" color="text.secondary">
                      {timeRange(s.startsAt, s.endsAt)}
                      {s.placeName ? ` · ${s.placeName}` : ''}
                    </Typography>
                    {s.meetingUrl && (
                      <Typography variant="body2">
                        <a href={s.meetingUrl} target="_blank" rel="noreferrer">
                          {t('community.session.join')}
                        </a>
                      </Typography>
                    )}
                    {g.myMembership?.status === 'ACTIVE' && <MyAttendance session={s} />}
                    {s.report && (
                      <Box sx={{ mt: 1, pl: 1.5, borderLeft: 3, borderColor: 'divider' }}>
                        <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                          {s.report}
                        </Typography>
                        {s.evidenceLinks.map((link) => (
                          <Typography key={link} variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                            <a href={link} target="_blank" rel="noreferrer">
                              {link}
                            </a>
                          </Typography>
                        ))}
                        <Typography variant="caption" color="text.secondary">
                          {s.reportAcknowledgedAt
                            ? t('community.report.acknowledgedAt', { time: formatDateTime(s.reportAcknowledgedAt) })
                            : t('community.report.waiting')}
                        </Typography>
                      </Box>
                    )}
                    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
                      {s.status === 'OPEN' && g.myMembership?.status === 'ACTIVE' && (
                        <Button size="small" variant="contained" component={RouterLink} to={`/absen?sesi=${s.id}`}>
                          {s.myAttendance ? t('community.checkIn.checkOutHere') : t('community.checkIn.here')}
                        </Button>
                      )}
                      {can?.runSessions && s.status === 'PLANNED' && (
                        <Button
                          size="small"
                          variant="outlined"
                          disabled={opening.loading}
                          onClick={() => run(() => open({ variables: { input: { sessionId: s.id } } }), t('community.session.opened'))}
                        >
                          {t('community.session.open')}
                        </Button>
                      )}
                      {can?.runSessions && s.status === 'OPEN' && (
                        <Button size="small" variant="contained" component={RouterLink} to={`/kelompok/${groupId}/sesi/${s.id}`}>
                          {t('community.session.showCode')}
                        </Button>
                      )}
                      {can?.runSessions && s.status === 'CLOSED' && !s.reportAcknowledgedAt && (
                        <Button size="small" variant={s.report ? 'text' : 'outlined'} onClick={() => setReporting(s)}>
                          {t(s.report ? 'community.report.edit' : 'community.report.file')}
                        </Button>
                      )}
                      {can?.monitor && s.reportFiledAt && !s.reportAcknowledgedAt && (
                        <Button
                          size="small"
                          variant="outlined"
                          disabled={acknowledging.loading}
                          onClick={() =>
                            run(() => acknowledge({ variables: { input: { sessionId: s.id } } }), t('community.report.acknowledged'))
                          }
                        >
                          {t('community.report.acknowledge')}
                        </Button>
                      )}
                    </Box>
                  </ListItem>
                ))}
              </List>
            )}
          </Stack>
        )}
      </Cell>
      {planning && group && (
        <PlanSessionDialog
          groupId={groupId}
          mode={group.mode}
          onClose={() => setPlanning(false)}
          onDone={() => {
            setPlanning(false);
            notice.show(t('community.session.planned'));
          }}
        />
      )}
      {reporting && (
        <ReportDialog
          sessionId={reporting.id}
          initial={reporting.report ? { report: reporting.report, evidenceLinks: reporting.evidenceLinks } : undefined}
          onClose={() => setReporting(null)}
          onDone={() => {
            setReporting(null);
            notice.show(t('community.report.filed'));
          }}
        />
      )}
      {notice.element}
    </SectionCard>
  );
}
