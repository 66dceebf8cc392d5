import { Alert, Box, Button, Chip, Grid, List, ListItem, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { PageParts } from '../../../app/PageParts';
import type { GroupDetailFieldsFragment } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { DetailList } from '../../../ui/DetailList';
import { DetailPage, HeaderFacts } from '../../../ui/DetailPage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCode } from '../../../ui/errors';
import { formatDate, formatDateTime, formatJp, formatRupiah } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import { AttendanceGridCard } from '../components/AttendanceGridCard';
import { GroupStatusChip } from '../components/chips';
import { MonitoringCard } from '../components/MonitoringCard';
import { SessionsCard } from '../components/SessionsCard';
import { type EmployeeOption, EmployeePicker } from '../components/EmployeePicker';
import { ReasonDialog } from '../components/ReasonDialog';
import {
  AddGroupMemberMutation,
  ApplyToCommunityGroupMutation,
  ApproveCommunityGroupMutation,
  CancelCommunityGroupMutation,
  CommunityGroupQuery,
  DecideGroupApplicationMutation,
  GroupRosterQuery,
  LeaveCommunityGroupMutation,
  ProposeCommunityGroupMutation,
  ReturnCommunityGroupMutation,
  StartCommunityGroupMutation,
} from '../graphql/community';

const refetchQueries = ['CommunityGroup', 'GroupRoster', 'CommunityGroups'];

/** The group's trainer and monitor see the roster, accept applications and add members. */
function Roster({ group }: { group: GroupDetailFieldsFragment }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const roster = useQuery(GroupRosterQuery, { variables: { id: group.id } });
  const [decide, deciding] = useMutation(DecideGroupApplicationMutation, { refetchQueries });
  const [add, adding] = useMutation(AddGroupMemberMutation, { refetchQueries });
  const [picked, setPicked] = useState<EmployeeOption | null>(null);
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
  return (
    <SectionCard title={t('community.roster')}>
      {error != null &&
        (errorCode(error) === 'CONFLICT' ? <Alert severity="warning">{t('community.full')}</Alert> : <ErrorAlert error={error} />)}
      {group.viewer.can.addMember && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', my: 1, flexWrap: 'wrap' }}>
          <Box sx={{ flex: '1 1 240px' }}>
            <EmployeePicker label={t('community.employee')} value={picked} onChange={setPicked} />
          </Box>
          <Button
            variant="outlined"
            disabled={!picked || adding.loading}
            onClick={() =>
              run(
                () => add({ variables: { input: { groupId: group.id, employeeId: picked!.id } } }).then(() => setPicked(null)),
                t('community.actionDone.added'),
              )
            }
          >
            {t('community.addMember')}
          </Button>
        </Box>
      )}
      <Cell
        result={roster}
        isEmpty={(d) => d.communityGroup.members.length === 0}
        empty={<Typography color="text.secondary">{t('community.rosterEmpty')}</Typography>}
      >
        {(data) => (
          <List dense disablePadding>
            {data.communityGroup.members.map((m) => (
              <ListItem
                key={m.id}
                divider
                secondaryAction={
                  m.status === 'APPLIED' && group.viewer.can.decideApplications ? (
                    <Stack direction="row" spacing={1}>
                      <Button
                        size="small"
                        variant="contained"
                        disabled={deciding.loading}
                        onClick={() =>
                          run(
                            () => decide({ variables: { input: { groupId: group.id, employeeId: m.employee.id, accept: true } } }),
                            t('community.actionDone.accepted'),
                          )
                        }
                      >
                        {t('community.accept')}
                      </Button>
                      <Button
                        size="small"
                        disabled={deciding.loading}
                        onClick={() =>
                          run(
                            () => decide({ variables: { input: { groupId: group.id, employeeId: m.employee.id, accept: false } } }),
                            t('community.actionDone.declined'),
                          )
                        }
                      >
                        {t('community.decline')}
                      </Button>
                    </Stack>
                  ) : undefined
                }
                sx={m.status === 'APPLIED' && group.viewer.can.decideApplications ? { pr: { xs: 20, sm: 22 } } : undefined}
              >
                <ListItemText primary={m.employee.name} secondary={`${m.employee.opdName} · ${t(`community.memberStatus.${m.status}`)}`} />
              </ListItem>
            ))}
          </List>
        )}
      </Cell>
      {notice.element}
    </SectionCard>
  );
}

function GroupActions({ group }: { group: GroupDetailFieldsFragment }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const can = group.viewer.can;
  const input = { groupId: group.id };
  const [apply, applying] = useMutation(ApplyToCommunityGroupMutation, { refetchQueries });
  const [leave, leaving] = useMutation(LeaveCommunityGroupMutation, { refetchQueries });
  const [propose, proposing] = useMutation(ProposeCommunityGroupMutation, { refetchQueries });
  const [approve, approving] = useMutation(ApproveCommunityGroupMutation, { refetchQueries });
  const [start, starting] = useMutation(StartCommunityGroupMutation, { refetchQueries });
  const [giveBack, returning] = useMutation(ReturnCommunityGroupMutation, { refetchQueries });
  const [cancel, cancelling] = useMutation(CancelCommunityGroupMutation, { refetchQueries });
  const [asking, setAsking] = useState<'return' | 'cancel' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const busy = applying.loading || leaving.loading || proposing.loading || approving.loading || starting.loading;
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      notice.show(done);
      setAsking(null);
    } catch (e) {
      setError(e);
    }
  };
  const buttons = [
    can.apply && {
      key: 'apply',
      variant: 'contained' as const,
      go: () => run(() => apply({ variables: { input } }), t('community.actionDone.apply')),
    },
    can.propose && {
      key: 'propose',
      variant: 'contained' as const,
      go: () => run(() => propose({ variables: { input } }), t('community.actionDone.propose')),
    },
    can.decide && {
      key: 'approve',
      variant: 'contained' as const,
      go: () => run(() => approve({ variables: { input } }), t('community.actionDone.approve')),
    },
    can.decide && { key: 'return', variant: 'outlined' as const, go: () => setAsking('return') },
    can.start && {
      key: 'start',
      variant: 'contained' as const,
      go: () => run(() => start({ variables: { input } }), t('community.actionDone.start')),
    },
    can.leave && {
      key: 'leave',
      variant: 'outlined' as const,
      go: () => run(() => leave({ variables: { input } }), t('community.actionDone.leave')),
    },
    can.cancel && { key: 'cancel', variant: 'text' as const, go: () => setAsking('cancel') },
  ].filter(Boolean) as { key: string; variant: 'contained' | 'outlined' | 'text'; go: () => void }[];
  if (!buttons.length && !error) return null;
  return (
    <>
      {error != null &&
        !asking &&
        (errorCode(error) === 'CONFLICT' ? (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('community.conflict')}
          </Alert>
        ) : (
          <Box sx={{ mb: 2 }}>
            <ErrorAlert error={error} />
          </Box>
        ))}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 2 }}>
        {buttons.map((b) => (
          <Button key={b.key} variant={b.variant} color={b.key === 'cancel' ? 'error' : 'primary'} disabled={busy} onClick={b.go}>
            {t(`community.action.${b.key}`)}
          </Button>
        ))}
      </Box>
      {asking && (
        <ReasonDialog
          title={t(asking === 'return' ? 'community.returnTitle' : 'community.cancelTitle')}
          submitLabel={t(`community.action.${asking}`)}
          busy={returning.loading || cancelling.loading}
          error={error}
          onClose={() => {
            setAsking(null);
            setError(null);
          }}
          onSubmit={(reason) =>
            run(
              () =>
                asking === 'return'
                  ? giveBack({ variables: { input: { ...input, reason } } })
                  : cancel({ variables: { input: { ...input, reason } } }),
              t(`community.actionDone.${asking}`),
            )
          }
        />
      )}
      {notice.element}
    </>
  );
}

/** Statuses in which a group has sessions to show. */
const WITH_SESSIONS = ['APPROVED', 'RUNNING', 'COMPLETED'];

function GroupDetail({ group }: { group: GroupDetailFieldsFragment }) {
  const { t } = useTranslation();
  const hasSessions = WITH_SESSIONS.includes(group.status);
  const funding = [
    { label: t('community.fundingLabel'), value: t(`community.funding.${group.funding}`) },
    { label: t('community.cost'), value: formatRupiah(group.costPerParticipant) },
    ...(group.participantSharePercent != null ? [{ label: t('community.share'), value: `${group.participantSharePercent}%` }] : []),
    ...(group.budgetReference ? [{ label: t('community.budgetReference'), value: group.budgetReference }] : []),
  ];
  return (
    <>
      {group.decisionReason && (group.status === 'DRAFT' || group.status === 'CANCELLED') && (
        <Alert severity={group.status === 'CANCELLED' ? 'error' : 'warning'} sx={{ mb: 2 }}>
          <strong>{t('community.decisionReason')}:</strong> {group.decisionReason}
        </Alert>
      )}
      <GroupActions group={group} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            {/* What other modules add: the evaluation of a completed group. */}
            <PageParts slot="communityGroup" value={{ groupId: group.id }} />
            <SectionCard title={t('community.purpose')}>
              <Typography sx={{ whiteSpace: 'pre-line', mb: 2 }}>{group.purpose}</Typography>
              <DetailList
                items={[
                  { label: t('community.trainer'), value: `${group.groupTrainer.name} · ${group.groupTrainer.opdName}` },
                  { label: t('community.monitor'), value: `${group.groupMonitor.name} · ${group.groupMonitor.opdName}` },
                  { label: t('community.schedule'), value: `${formatDate(group.plannedStart)} – ${formatDate(group.plannedEnd)}` },
                  { label: t('community.plannedSessions'), value: group.plannedSessions },
                  { label: t('community.modeLabel'), value: t(`community.mode.${group.mode}`) },
                  { label: t('community.organiser'), value: group.opd.name },
                  {
                    label: t('community.whoMayJoin'),
                    value:
                      group.joinPolicy === 'LISTED_OPDS'
                        ? group.openToOpds.map((o) => o.name).join(', ')
                        : t(`community.joinPolicy.${group.joinPolicy}`),
                  },
                  { label: t('community.roster'), value: t('community.members', { count: group.memberCount, capacity: group.capacity }) },
                ]}
              />
            </SectionCard>
            {group.competencies.length > 0 && (
              <SectionCard title={t('community.competencies')}>
                <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
                  {group.competencies.map((c) => (
                    <Chip key={c.competency.id} label={`${c.competency.name} · ${t('community.level', { level: c.level })}`} />
                  ))}
                </Box>
              </SectionCard>
            )}
            {group.materials.length > 0 && (
              <SectionCard title={t('community.materials')}>
                <List dense disablePadding>
                  {group.materials.map((m) => (
                    <ListItem key={m.id} disableGutters divider>
                      <ListItemText primary={<RouterLink to={`/modul/${m.id}`}>{m.title}</RouterLink>} secondary={formatJp(m.jpValue)} />
                    </ListItem>
                  ))}
                </List>
              </SectionCard>
            )}
            {hasSessions && <SessionsCard groupId={group.id} />}
            {hasSessions && group.viewer.can.readRoster && group.status !== 'APPROVED' && (
              <AttendanceGridCard
                groupId={group.id}
                status={group.status}
                runSessions={group.viewer.can.runSessions}
                monitor={group.viewer.can.monitor}
              />
            )}
            {group.viewer.can.readRoster && <Roster group={group} />}
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            {hasSessions && group.viewer.can.readRoster && group.status !== 'APPROVED' && <MonitoringCard groupId={group.id} />}
            <SectionCard title={t('community.fundingLabel')}>
              <DetailList items={funding} stacked="md" />
            </SectionCard>
            {group.history.length > 0 && (
              <SectionCard title={t('community.history')}>
                <List dense disablePadding>
                  {group.history.map((h) => (
                    <ListItem key={h.id} disableGutters divider>
                      <ListItemText
                        primary={`${t(`community.event.${h.action}`)} · ${h.actorName}`}
                        secondary={[formatDateTime(h.at), h.reason].filter(Boolean).join(' — ')}
                      />
                    </ListItem>
                  ))}
                </List>
              </SectionCard>
            )}
          </Stack>
        </Grid>
      </Grid>
    </>
  );
}

/** The facts under a group's name: its status, the viewer's roles in it, and their membership while not active. */
function GroupFacts({ group }: { group: GroupDetailFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <HeaderFacts>
      <GroupStatusChip status={group.status} />
      {group.viewer.roles.map((r) => (
        <Chip key={r} size="small" variant="outlined" label={t(`community.groupRole.${r}`)} />
      ))}
      {group.myMembership && group.myMembership.status !== 'ACTIVE' && (
        <span>{t('community.myStatus', { status: t(`community.memberStatus.${group.myMembership.status}`) })}</span>
      )}
    </HeaderFacts>
  );
}

export function GroupPage() {
  const { id } = useParams();
  const result = useQuery(CommunityGroupQuery, { variables: { id: id! } });
  return (
    <DetailPage
      back="/kelompok"
      result={result}
      loading={<Skeleton variant="rounded" height={320} />}
      header={({ communityGroup: group }) => ({ title: group.name, subtitle: <GroupFacts group={group} /> })}
    >
      {({ communityGroup: group }) => <GroupDetail group={group} />}
    </DetailPage>
  );
}
