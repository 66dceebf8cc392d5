import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { Alert, AlertTitle, Box, Button, Card, CardContent, CircularProgress, Grid, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import type { PlanDetailFieldsFragment, PlanReferenceQuery as PlanReferenceData } from '../../../gql/graphql';
import { type PositionOption, PositionPicker } from '../../competency/components/PositionPicker';
import { mergeResults } from '../../../ui/Cell';
import { DetailList } from '../../../ui/DetailList';
import { DetailPage, HeaderFacts } from '../../../ui/DetailPage';
import { errorCode } from '../../../ui/errors';
import { ExplainedErrorAlert } from '../../../ui/ExplainedErrorAlert';
import { formatDateTime, formatJp, formatNip } from '../../../ui/format';
import { errorUnder, pathFieldErrors } from '../../../ui/pathFieldErrors';
import { useNotice } from '../../../ui/useNotice';
import { useScrollToError } from '../../../ui/useScrollToError';
import { JpProgress } from '../components/JpProgress';
import { PlanDecisionDialog } from '../components/PlanDecisionDialog';
import { PlanHistory } from '../components/PlanHistory';
import { type ItemRow, PlanItemsEditor, PlanItemsView, rowProblem, rowsTotal, toInput, toRows } from '../components/PlanItems';
import { PlanStatusChip } from '../components/PlanStatusChip';
import { DevelopmentPlanQuery, PlanReferenceQuery, SubmitDevelopmentPlanMutation, UpdateDevelopmentPlanMutation } from '../graphql/plans';
import { SectionCard } from '../../../ui/SectionCard';

type Plan = PlanDetailFieldsFragment;
type Reference = PlanReferenceData;

function serialise(targetId: string | null | undefined, rows: ItemRow[]): string {
  return JSON.stringify({ targetId: targetId ?? null, items: toInput(rows) });
}

/** Items, target position and the Save / Submit actions of a plan the viewer may edit. */
function PlanEditor({ plan, reference, onNotice }: { plan: Plan; reference: Reference; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<ItemRow[]>(() => toRows(plan.items));
  const [target, setTarget] = useState<PositionOption | null>(plan.targetPosition ?? null);
  const [update] = useMutation(UpdateDevelopmentPlanMutation);
  const [submit] = useMutation(SubmitDevelopmentPlanMutation, { refetchQueries: ['DevelopmentPlans'] });
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const rules = reference.jpRules;
  const total = rowsTotal(rows);
  const jpValue = (value: number) => formatJp(value, { unit: false });
  const errors = pathFieldErrors(error, t, 'plan', {
    min: jpValue(rules.pnsYearlyTarget),
    max: jpValue(rules.pppkYearlyMax),
    total: jpValue(total),
  });
  useScrollToError(error);
  const dirty = serialise(target?.id, rows) !== serialise(plan.targetPosition?.id, toRows(plan.items));
  const incomplete = rows.some((r) => rowProblem(r) !== null);
  const planError = errors.items ?? errors.targetPositionId;

  async function save(): Promise<void> {
    const result = await update({ variables: { input: { planId: plan.id, targetPositionId: target?.id ?? null, items: toInput(rows) } } });
    setRows(toRows(result.data!.updateDevelopmentPlan.items));
  }

  async function run(action: 'save' | 'submit') {
    setError(null);
    setBusy(action);
    try {
      if (action === 'save' || dirty) await save();
      if (action === 'submit') {
        await submit({ variables: { input: { planId: plan.id } } });
        onNotice(t('plan.submitted'));
      } else {
        onNotice(t('common.saved'));
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <Stack spacing={2}>
      <Card variant="outlined">
        <CardContent>
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 6 }}>
              <Typography variant="h2" gutterBottom>
                {t('plan.jp.title')}
              </Typography>
              <JpProgress total={total} employeeType={plan.employee.employeeType} rules={rules} />
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Typography variant="h2" gutterBottom>
                {t('plan.targetPosition')}
              </Typography>
              <PositionPicker
                label={t('plan.targetPosition')}
                value={target}
                onChange={setTarget}
                helperText={t('plan.targetHelp')}
                error={errors.targetPositionId}
              />
            </Grid>
          </Grid>
        </CardContent>
      </Card>
      <SectionCard title={t('plan.items')}>
        <PlanItemsEditor rows={rows} onChange={setRows} forms={reference.learningForms} errors={errors} />
      </SectionCard>
      {/* Always in sight: the actions and why the last one failed. */}
      <Box sx={{ position: 'sticky', bottom: 0, py: 1.5, bgcolor: 'background.default', zIndex: 1 }}>
        {error != null && errorCode(error) === 'BAD_USER_INPUT' && (
          <Alert severity="error" role="alert" data-testid="plan-error" sx={{ mb: 1.5 }}>
            <AlertTitle>{planError ? t('plan.cannotProceed') : t('errors.BAD_USER_INPUT.title')}</AlertTitle>
            {planError ?? errorUnder(errors, 'items') ?? t('common.fixFields')}
          </Alert>
        )}
        {error != null && errorCode(error) !== 'BAD_USER_INPUT' && (
          <Box sx={{ mb: 1.5 }}>
            <ExplainedErrorAlert error={error} explain={{ CONFLICT: t('plan.conflict') }} />
          </Box>
        )}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
          {incomplete && (
            <Typography variant="body2" color="text.secondary" sx={{ alignSelf: 'center', mr: 'auto' }}>
              {t('plan.item.incomplete')}
            </Typography>
          )}
          <Button
            variant="outlined"
            startIcon={busy === 'save' ? <CircularProgress size={18} color="inherit" /> : <SaveOutlined />}
            disabled={!!busy || !dirty || incomplete}
            onClick={() => void run('save')}
          >
            {t('common.save')}
          </Button>
          <Button
            variant="contained"
            startIcon={busy === 'submit' ? <CircularProgress size={18} color="inherit" /> : <SendOutlined />}
            disabled={!!busy || incomplete || rows.length === 0}
            onClick={() => void run('submit')}
          >
            {t('plan.submit')}
          </Button>
        </Box>
      </Box>
    </Stack>
  );
}

function PlanView({ plan, reference }: { plan: Plan; reference: Reference }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <SectionCard title={t('plan.jp.title')}>
        <JpProgress total={plan.totalJp} employeeType={plan.employee.employeeType} rules={reference.jpRules} />
      </SectionCard>
      <SectionCard title={t('plan.items')}>
        <PlanItemsView items={plan.items} />
      </SectionCard>
    </Stack>
  );
}

export function PlanPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const { user } = useAuth();
  const result = mergeResults({
    plan: useQuery(DevelopmentPlanQuery, { variables: { id: id! } }),
    reference: useQuery(PlanReferenceQuery),
  });
  const [deciding, setDeciding] = useState<'approve' | 'return' | null>(null);
  const notice = useNotice();

  return (
    <>
      <DetailPage
        back={{ to: '/rencana', label: t('plan.backToList') }}
        result={result}
        rows={8}
        header={({ plan: { developmentPlan: plan } }) => ({
          title: t('plan.titleYear', { year: plan.year }),
          subtitle: (
            <HeaderFacts>
              <PlanStatusChip status={plan.status} />
              <span>
                {plan.employee.name} · {formatNip(plan.employee.nip)}
              </span>
            </HeaderFacts>
          ),
          actions: plan.viewerCan.decide && (
            <>
              <Button variant="outlined" color="warning" startIcon={<UndoOutlined />} onClick={() => setDeciding('return')}>
                {t('plan.decide.return')}
              </Button>
              <Button variant="contained" color="success" startIcon={<CheckCircleOutlined />} onClick={() => setDeciding('approve')}>
                {t('plan.decide.approve')}
              </Button>
            </>
          ),
        })}
      >
        {({ plan: { developmentPlan: plan }, reference: ref }) => {
          const own = plan.employee.id === user?.employee?.id;
          return (
            <>
              {plan.supervisorComment && (
                <Alert
                  severity={plan.status === 'RETURNED' ? 'warning' : 'info'}
                  role="note"
                  sx={{ mb: 2 }}
                  data-testid="supervisor-comment"
                >
                  <AlertTitle>{plan.status === 'RETURNED' ? t('plan.returnedComment') : t('plan.supervisorComment')}</AlertTitle>
                  <Box sx={{ whiteSpace: 'pre-line' }}>{plan.supervisorComment}</Box>
                </Alert>
              )}
              <Grid container spacing={2}>
                <Grid size={{ xs: 12, lg: 8 }}>
                  {plan.viewerCan.edit ? (
                    <PlanEditor key={plan.id} plan={plan} reference={ref} onNotice={notice.show} />
                  ) : (
                    <PlanView plan={plan} reference={ref} />
                  )}
                </Grid>
                <Grid size={{ xs: 12, lg: 4 }}>
                  <Stack spacing={2}>
                    <SectionCard title={t('plan.details')}>
                      {/* A narrow side column on wide screens: labels above values there. */}
                      <DetailList
                        stacked="lg"
                        items={[
                          {
                            label: t('plan.employee'),
                            value: (
                              <Link to={own ? '/profil-kompetensi' : `/pegawai/${plan.employee.id}/kompetensi`}>{plan.employee.name}</Link>
                            ),
                          },
                          { label: t('employees.employeeType'), value: plan.employee.employeeType },
                          { label: t('employees.opd'), value: plan.employee.opd.name },
                          { label: t('employees.position'), value: plan.employee.position?.name },
                          {
                            label: t('plan.targetPosition'),
                            value: plan.targetPosition ? (
                              <Link to={`/jabatan/${plan.targetPosition.id}`}>{plan.targetPosition.name}</Link>
                            ) : null,
                          },
                          { label: t('plan.year'), value: plan.year },
                          { label: t('plan.submittedAt'), value: plan.submittedAt ? formatDateTime(plan.submittedAt) : null },
                          { label: t('plan.decidedAt'), value: plan.decidedAt ? formatDateTime(plan.decidedAt) : null },
                        ]}
                      />
                    </SectionCard>
                    <SectionCard title={t('plan.history')}>
                      <PlanHistory events={plan.events} />
                    </SectionCard>
                  </Stack>
                </Grid>
              </Grid>
              {deciding && (
                <PlanDecisionDialog
                  planId={plan.id}
                  decision={deciding}
                  employeeName={plan.employee.name}
                  onClose={() => setDeciding(null)}
                  onDone={() => {
                    notice.show(deciding === 'approve' ? t('plan.decide.approved') : t('plan.decide.returned'));
                    setDeciding(null);
                  }}
                />
              )}
            </>
          );
        }}
      </DetailPage>
      {notice.element}
    </>
  );
}
