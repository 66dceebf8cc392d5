import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import PersonOffOutlined from '@mui/icons-material/PersonOffOutlined';
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import WorkOffOutlined from '@mui/icons-material/WorkOffOutlined';
import { Box, Button, Grid, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { AssessmentMethod, CompetencyGapQuery as CompetencyGapData } from '../../../gql/graphql';
import { Cell, SkeletonRows, useShownData } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { errorCode } from '../../../ui/errors';
import { ExplainedErrorAlert } from '../../../ui/ExplainedErrorAlert';
import { formatNip } from '../../../ui/format';
import { Later } from '../../../ui/Later';
import { PageHeader } from '../../../ui/PageHeader';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useNotice } from '../../../ui/useNotice';
import { withPrevious } from '../../../ui/withPrevious';
import type { CompetencyOption } from '../components/CompetencyPicker';
import { EvidenceHistoryDialog } from '../components/EvidenceHistoryDialog';
import { EvidenceProposals } from '../components/EvidenceProposals';
import { GapTable } from '../components/GapTable';
import { type PositionOption, PositionPicker } from '../components/PositionPicker';
import { CompetencyGapQuery } from '../graphql/competency';
import { SectionCard } from '../../../ui/SectionCard';

type Gap = CompetencyGapData['competencyGap'];

/**
 * The target position's field with its helper line (small size: 63.9 px high at 375 and at 1280 px
 * wide), whose place its placeholder keeps.
 */
const PICKER_HEIGHT = 64;

// Below the gap table: fetched as the page opens, not waited for.
const loadBelowGap = () => import('../components/BelowGap');
const BelowGap = lazy(() => loadBelowGap().then((m) => ({ default: m.BelowGap })));
// Loaded when an assessment is recorded: most visits only read the profile.
const AssessmentDialog = lazy(() => import('../components/AssessmentDialog').then((m) => ({ default: m.AssessmentDialog })));
// The chart library is large: it loads with the first profile, not with the app.
const CompetencyRadar = lazy(() => import('../components/CompetencyRadar').then((m) => ({ default: m.CompetencyRadar })));

function Stat({ label, value, children }: { label: string; value: string; children?: ReactNode }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h1" component="p" sx={{ fontSize: '1.8rem' }}>
        {value}
      </Typography>
      {children}
    </Box>
  );
}

function Summary({ gap }: { gap: Gap }) {
  const { t } = useTranslation();
  const s = gap.summary;
  return (
    <SectionCard title={t('competency.profile.summary')} sx={{ height: '100%' }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('competency.profile.comparedWith', { position: gap.position?.name ?? '' })}
      </Typography>
      <Stack spacing={2.5} data-testid="gap-summary">
        <Stat label={t('competency.profile.score')} value={s.score === null ? '–' : `${s.score}%`}>
          <ProgressBar
            percent={s.score ?? 0}
            color={(s.score ?? 0) >= 100 ? 'success' : 'primary'}
            label={t('competency.profile.score')}
            showPercent={false}
          />
        </Stat>
        <Stack direction="row" spacing={4}>
          <Stat label={t('competency.profile.met')} value={`${s.met}/${s.required}`} />
          <Stat label={t('competency.profile.totalGap')} value={t('competency.profile.levels', { count: s.totalGap })} />
        </Stack>
      </Stack>
    </SectionCard>
  );
}

function ProfileView({ employeeId, own }: { employeeId: string; own: boolean }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<PositionOption | null>(null);
  const result = withPrevious(useQuery(CompetencyGapQuery, { variables: { input: { employeeId, positionId: target?.id } } }));
  const [history, setHistory] = useState<{ competency: { id: string; name: string }; decidingId: string | null } | null>(null);
  const [assessing, setAssessing] = useState<{ competency: CompetencyOption | null } | null>(null);
  const notice = useNotice();
  useEffect(() => void loadBelowGap().catch(() => undefined), []);
  // Levels that finished modules propose: below the gap table (or the empty state), so that their
  // arrival moves nothing already on screen; above it, they pushed the picker and the summary down.
  const proposals = <EvidenceProposals employeeId={employeeId} />;
  // The header shows the answer as the cell below does, so the two change in one step.
  const shown = useShownData(result);
  const employee = shown?.competencyGap.employee;
  // Someone outside the viewer's scope: say so plainly instead of showing an empty profile.
  const forbidden = !result.data && result.error != null && errorCode(result.error) === 'FORBIDDEN';

  // The server says which methods this viewer may record for this employee, their own first.
  const methods: AssessmentMethod[] = shown?.competencyGap.viewerCan.assess ?? [];
  const canAssess = methods.length > 0 && !!employee;
  const assessLabel = own
    ? t('competency.assess.self')
    : methods.includes('SUPERVISOR')
      ? t('competency.assess.supervisor')
      : t('competency.assess.record');

  return (
    <>
      <PageHeader
        title={own || !employee ? t('competency.profile.title') : t('competency.profile.titleOf', { name: employee.name })}
        subtitle={
          employee
            ? [
                own ? employee.name : formatNip(employee.nip),
                employee.position?.name ?? t('competency.profile.noPosition'),
                employee.opd.name,
              ].join(' · ')
            : undefined
        }
        actions={
          <>
            {canAssess && (
              <Button variant="contained" startIcon={<RateReviewOutlined />} onClick={() => setAssessing({ competency: null })}>
                {assessLabel}
              </Button>
            )}
            {own && (
              <Button variant="outlined" startIcon={<AssignmentOutlined />} component={Link} to="/rencana">
                {t('competency.profile.makePlan')}
              </Button>
            )}
          </>
        }
      />
      {forbidden ? (
        <ExplainedErrorAlert error={result.error} explain={{ FORBIDDEN: t('competency.profile.forbiddenBody') }} />
      ) : (
        <>
          <Box sx={{ maxWidth: 560, mb: 2, minHeight: PICKER_HEIGHT }}>
            {/* The picker's field is costly to build: it comes in a step of its own after the page. */}
            <Later placeholder={<Skeleton variant="rounded" height={PICKER_HEIGHT} />}>
              <PositionPicker
                label={t('competency.profile.target')}
                placeholder={
                  employee?.position ? t('competency.profile.targetPlaceholder', { position: employee.position.name }) : undefined
                }
                helperText={t('competency.profile.targetHelp')}
                value={target}
                onChange={setTarget}
              />
            </Later>
          </Box>
          <Cell result={result} loading={<SkeletonRows rows={6} height={56} />}>
            {({ competencyGap: gap }) =>
              !gap.position ? (
                <Stack spacing={2}>
                  <EmptyState
                    icon={<WorkOffOutlined fontSize="inherit" />}
                    title={t('competency.profile.noPositionTitle')}
                    body={t('competency.profile.noPositionBody')}
                  />
                  {proposals}
                </Stack>
              ) : gap.items.length === 0 ? (
                <Stack spacing={2}>
                  <EmptyState
                    title={t('competency.profile.noStandardTitle', { position: gap.position.name })}
                    body={t('competency.profile.noStandardBody')}
                  />
                  {proposals}
                </Stack>
              ) : (
                <Stack spacing={2}>
                  <Grid container spacing={2}>
                    <Grid size={{ xs: 12, md: 4 }}>
                      <Summary gap={gap} />
                    </Grid>
                    <Grid size={{ xs: 12, md: 8 }}>
                      <SectionCard title={t('competency.profile.radarTitle')} sx={{ height: '100%' }}>
                        <Suspense fallback={<Skeleton variant="circular" width={260} height={260} sx={{ mx: 'auto' }} />}>
                          <CompetencyRadar items={gap.items} positionName={gap.position.name} />
                        </Suspense>
                      </SectionCard>
                    </Grid>
                  </Grid>
                  {/* The summary and chart first; the table, then what follows it, each in a step of its own. */}
                  <Later>
                    <SectionCard title={t('competency.profile.gapTitle', { position: gap.position.name })}>
                      <GapTable
                        items={gap.items}
                        onHistory={(row) => setHistory({ competency: row.competency, decidingId: row.evidence?.id ?? null })}
                        onAssess={canAssess ? (row) => setAssessing({ competency: row.competency }) : undefined}
                      />
                    </SectionCard>
                    {proposals}
                    <Later>
                      <Suspense fallback={null}>
                        <BelowGap
                          employeeId={employeeId}
                          gap={gap}
                          onHistory={(competency, decidingId) => setHistory({ competency, decidingId })}
                        />
                      </Suspense>
                    </Later>
                  </Later>
                </Stack>
              )
            }
          </Cell>
        </>
      )}
      {history && (
        <EvidenceHistoryDialog
          employeeId={employeeId}
          competency={history.competency}
          decidingId={history.decidingId}
          onClose={() => setHistory(null)}
        />
      )}
      {assessing && employee && (
        <Suspense fallback={null}>
          <AssessmentDialog
            employeeId={employeeId}
            employeeName={employee.name}
            methods={methods}
            competency={assessing.competency}
            onClose={() => setAssessing(null)}
            onSaved={() => {
              setAssessing(null);
              notice.show(t('competency.assess.saved'));
            }}
          />
        </Suspense>
      )}
      {notice.element}
    </>
  );
}

/**
 * The competency profile: one's own at /profil-kompetensi, someone else's at
 * /pegawai/:employeeId/kompetensi (supervisors, committee, admins; the server checks).
 */
export function CompetencyProfilePage() {
  const { employeeId } = useParams<{ employeeId: string }>();
  const { t } = useTranslation();
  const { user } = useAuth();
  const id = employeeId ?? user?.employee?.id;
  if (!id) {
    return (
      <>
        <PageHeader title={t('competency.profile.title')} />
        <EmptyState
          icon={<PersonOffOutlined fontSize="inherit" />}
          title={t('competency.profile.noEmployeeTitle')}
          body={t('competency.profile.noEmployeeBody')}
        />
      </>
    );
  }
  return <ProfileView key={id} employeeId={id} own={id === user?.employee?.id} />;
}
