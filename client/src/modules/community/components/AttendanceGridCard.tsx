import CheckOutlined from '@mui/icons-material/CheckOutlined';
import {
  Alert,
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Cell } from '../../../ui/Cell';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCode, fieldErrorList } from '../../../ui/errors';
import { formatDate, formatJp } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import {
  AttendanceGridQuery,
  CompleteCommunityGroupMutation,
  MarkAttendanceMutation,
  ProposeMemberResultMutation,
} from '../graphql/sessions';
import { ReasonDialog } from './ReasonDialog';

const refetchQueries = ['AttendanceGrid', 'GroupMonitoring', 'GroupSessions', 'CommunityGroup'];

/**
 * The roster against the sessions held (members × sessions) for the group's trainer and monitor;
 * the trainer marks an absent member present with a reason and proposes each member's result,
 * the monitor approves the results, completing the group.
 */
export function AttendanceGridCard({
  groupId,
  status,
  runSessions,
  monitor,
}: {
  groupId: string;
  status: string;
  runSessions: boolean;
  monitor: boolean;
}) {
  const { t } = useTranslation();
  const notice = useNotice();
  const result = useQuery(AttendanceGridQuery, { variables: { id: groupId } });
  const [mark, marking] = useMutation(MarkAttendanceMutation, { refetchQueries });
  const [propose, proposing] = useMutation(ProposeMemberResultMutation, { refetchQueries });
  const [complete, completing] = useMutation(CompleteCommunityGroupMutation, { refetchQueries: [...refetchQueries] });
  const [marking_, setMarking] = useState<{ sessionId: string; employeeId: string; name: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const running = status === 'RUNNING';
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      notice.show(done);
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };
  const missing = fieldErrorList(error).some((f) => f.rule === 'RESULTS_MISSING');
  return (
    <SectionCard title={t('community.grid.title')}>
      {error != null &&
        !marking_ &&
        (missing ? (
          <Alert severity="warning">{t('community.grid.resultsMissing')}</Alert>
        ) : errorCode(error) === 'CONFLICT' ? (
          <Alert severity="warning">{t('community.conflict')}</Alert>
        ) : (
          <ErrorAlert error={error} />
        ))}
      <Cell result={result}>
        {({ communityGroup: g }) => {
          const members = g.members.filter((m) => m.status === 'ACTIVE');
          const held = g.sessions.filter((s) => s.status !== 'PLANNED');
          const cell = (sessionId: string, employeeId: string) =>
            held.find((s) => s.id === sessionId)?.attendances.find((a) => a.employee.id === employeeId);
          if (!members.length) return <Typography color="text.secondary">{t('community.rosterEmpty')}</Typography>;
          return (
            <Stack spacing={2}>
              <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={t('community.grid.title')}>
                <Table size="small" aria-label={t('community.grid.title')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('community.monitoring.member')}</TableCell>
                      {held.map((s, i) => (
                        <TableCell key={s.id} align="center">
                          <Tooltip title={s.topic} describeChild>
                            <span>
                              {i + 1}. {formatDate(s.startsAt).replace(/ \d{4}$/, '')}
                            </span>
                          </Tooltip>
                        </TableCell>
                      ))}
                      <TableCell>{t('community.grid.result')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {members.map((m) => (
                      <TableRow key={m.id} data-testid="grid-row">
                        <TableCell sx={{ minWidth: 140 }}>
                          {m.employee.name}
                          <Typography variant="caption" component="div" color="text.secondary">
                            {t('community.grid.minutes', { minutes: m.attendedMinutes })}
                            {m.creditedJp != null ? ` · ${formatJp(m.creditedJp)}` : ''}
                          </Typography>
                        </TableCell>
                        {held.map((s) => {
                          const a = cell(s.id, m.employee.id);
                          return (
                            <TableCell key={s.id} align="center">
                              {a ? (
                                <Tooltip
                                  describeChild
                                  title={[
                                    t('community.attendance.present', { minutes: a.attendedMinutes }),
                                    a.flag && t(`community.flag.${a.flag}`),
                                    a.manualReason,
                                  ]
                                    .filter(Boolean)
                                    .join(' · ')}
                                >
                                  <Box
                                    component="span"
                                    sx={{ display: 'inline-flex', alignItems: 'center', color: a.flag ? 'warning.dark' : 'success.dark' }}
                                  >
                                    <CheckOutlined fontSize="small" titleAccess={t('community.grid.presentShort')} />
                                    {a.flag ? '!' : a.method === 'MANUAL' ? '*' : ''}
                                  </Box>
                                </Tooltip>
                              ) : runSessions && running ? (
                                <Button
                                  size="small"
                                  sx={{ minWidth: 0 }}
                                  onClick={() => setMarking({ sessionId: s.id, employeeId: m.employee.id, name: m.employee.name })}
                                  aria-label={t('community.grid.markFor', { name: m.employee.name, topic: s.topic })}
                                >
                                  –
                                </Button>
                              ) : (
                                <span title={t('community.attendance.absent')}>–</span>
                              )}
                            </TableCell>
                          );
                        })}
                        <TableCell sx={{ minWidth: 150 }}>
                          {runSessions && running ? (
                            <TextField
                              select
                              size="small"
                              label={t('community.grid.result')}
                              value={m.result ?? ''}
                              disabled={proposing.loading}
                              onChange={(e) =>
                                void run(
                                  () =>
                                    propose({
                                      variables: {
                                        input: {
                                          groupId,
                                          employeeId: m.employee.id,
                                          result: e.target.value as 'COMPLETED' | 'NOT_COMPLETED',
                                        },
                                      },
                                    }),
                                  t('community.grid.resultSaved'),
                                )
                              }
                              fullWidth
                            >
                              <MenuItem value="COMPLETED">{t('community.result.COMPLETED')}</MenuItem>
                              <MenuItem value="NOT_COMPLETED">{t('community.result.NOT_COMPLETED')}</MenuItem>
                            </TextField>
                          ) : (
                            <Typography variant="body2">{m.result ? t(`community.result.${m.result}`) : '–'}</Typography>
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
              <Typography variant="caption" color="text.secondary">
                {t('community.grid.legend')}
              </Typography>
              {monitor && running && (
                <Box>
                  <Button
                    variant="contained"
                    disabled={completing.loading}
                    onClick={() => void run(() => complete({ variables: { input: { groupId } } }), t('community.grid.completed'))}
                  >
                    {t('community.grid.complete')}
                  </Button>
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {t('community.grid.completeHelp')}
                  </Typography>
                </Box>
              )}
            </Stack>
          );
        }}
      </Cell>
      {marking_ && (
        <ReasonDialog
          title={t('community.grid.markTitle', { name: marking_.name })}
          submitLabel={t('community.grid.mark')}
          busy={marking.loading}
          error={error}
          onClose={() => {
            setMarking(null);
            setError(null);
          }}
          onSubmit={(reason) =>
            void run(
              () => mark({ variables: { input: { sessionId: marking_.sessionId, employeeId: marking_.employeeId, reason } } }),
              t('community.grid.marked'),
            ).then((ok) => ok && setMarking(null))
          }
        />
      )}
      {notice.element}
    </SectionCard>
  );
}
