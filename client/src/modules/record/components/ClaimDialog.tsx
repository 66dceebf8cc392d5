import { CLAIM_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { Alert, Box, Chip, FormControlLabel, Grid, MenuItem, Paper, Skeleton, Stack, Switch, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creditStepsText } from '../lib/creditSteps';
import type { ClaimDetailFieldsFragment, ClaimEvidenceKind, FundingSource, LearningClaimInput } from '../../../gql/graphql';
import { FileUpload, LESSON_FILE_ACCEPT } from '../../../ui/FileUpload';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { withinLimits } from '../../../ui/limits';
import { formatDateWithDay, formatJp, formatMonth, localToday } from '../../../ui/format';
import { errorUnder, pathFieldErrors } from '../../../ui/pathFieldErrors';
import { UploadedFileCard } from '../../../ui/UploadedFileCard';
import type { UploadedFile } from '../../../ui/uploadFile';
import { useDebounced } from '../../../ui/useDebounced';
import { withPrevious } from '../../../ui/withPrevious';
import { ClaimFormsQuery, CreateLearningClaimMutation, LearningClaimPreviewQuery, UpdateLearningClaimMutation } from '../graphql/claims';
import { type EmployeeOption, EmployeePicker } from './EmployeePicker';

export const FUNDING_SOURCES: FundingSource[] = ['APBD', 'APBN', 'SELF_FUNDED', 'COST_SHARING', 'THIRD_PARTY'];
const EVIDENCE_KINDS: ClaimEvidenceKind[] = ['CERTIFICATE', 'REPORT', 'OTHER'];
/** Spans up to this many days list their days to tick; longer ones take the working days. */
const DAYS_LISTED = 62;

function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  while (d <= last && days.length <= 400) {
    days.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}

const monthsBetween = (start: string, end: string) => [...new Set(daysBetween(start, end).map((d) => d.slice(0, 7)))];
const isWeekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
const validDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

interface Evidence {
  file: UploadedFile;
  kind: ClaimEvidenceKind;
}

/**
 * Claims learning done elsewhere, or changes a claim: the form decides which facts are asked
 * (hours, the days attended, sessions per month), and the JP the form's rule gives are shown
 * from the server before the claim is sent. Administrators name the employee.
 */
export function ClaimDialog({
  claim,
  onBehalf,
  onClose,
  onSaved,
}: {
  /** The claim being changed; a new claim without it. */
  claim?: ClaimDetailFieldsFragment;
  /** An administrator records the claim for an employee they pick. */
  onBehalf?: boolean;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const forms = useQuery(ClaimFormsQuery);
  const [employee, setEmployee] = useState<EmployeeOption | null>(null);
  const [formId, setFormId] = useState<number | ''>(claim?.form.id ?? '');
  const [title, setTitle] = useState(claim?.title ?? '');
  const [organiser, setOrganiser] = useState(claim?.organiser ?? '');
  const [startDate, setStartDate] = useState(claim?.startDate ?? '');
  const [endDate, setEndDate] = useState(claim?.endDate ?? '');
  const [everyDay, setEveryDay] = useState(!claim?.attendedDates.length);
  const [attended, setAttended] = useState<string[]>(claim?.attendedDates ?? []);
  const [hours, setHours] = useState(claim?.hours != null ? String(claim.hours) : '');
  const [sessions, setSessions] = useState<Record<string, string>>(
    Object.fromEntries((claim?.sessionsPerMonth ?? []).map((m) => [m.month, String(m.sessions)])),
  );
  const [international, setInternational] = useState(claim?.international ?? false);
  const [funding, setFunding] = useState<FundingSource>(claim?.funding ?? 'APBD');
  const [evidence, setEvidence] = useState<Evidence[]>(claim?.evidence.map((e) => ({ file: e.file as UploadedFile, kind: e.kind })) ?? []);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'claim');
  const refetchQueries = ['LearningClaims', 'MyLearning'];
  const [create, creating] = useMutation(CreateLearningClaimMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateLearningClaimMutation, { refetchQueries });

  const form = forms.data?.learningForms.find((f) => f.id === formId);
  const mode = form?.creditMode;
  const byTime = mode === 'CURRICULUM' || mode === 'ACTUAL' || mode === 'AS_APPROVED';
  const perSession = mode === 'PER_SESSION';
  const countsDays = mode === 'PER_DAY' || form?.maxJpPerDay != null;
  const spanOk = validDate(startDate) && validDate(endDate) && startDate <= endDate;
  const span = useMemo(() => (spanOk ? daysBetween(startDate, endDate) : []), [spanOk, startDate, endDate]);
  const months = useMemo(() => (spanOk ? monthsBetween(startDate, endDate) : []), [spanOk, startDate, endDate]);

  const input: LearningClaimInput | null =
    form && title.trim() && spanOk && (!byTime || Number(hours) > 0) && (!onBehalf || employee || claim)
      ? {
          ...(onBehalf && employee && !claim ? { employeeId: employee.id } : {}),
          formId: form.id,
          title: title.trim(),
          organiser: organiser.trim() || null,
          startDate,
          endDate,
          attendedDates: countsDays && !everyDay ? attended.filter((d) => d >= startDate && d <= endDate) : null,
          hours: byTime ? Number(hours) : null,
          sessionsPerMonth: perSession ? months.map((m) => ({ month: m, sessions: Number(sessions[m] || 0) })) : null,
          international,
          funding,
          evidence: evidence.map((e) => ({ fileId: e.file.id, kind: e.kind })),
        }
      : null;
  const previewInput = useDebounced(input ? { ...input, evidence: null } : null, 400);
  const preview = withPrevious(
    useQuery(LearningClaimPreviewQuery, {
      variables: { input: previewInput!, claimId: claim?.id },
      skip: !previewInput,
      fetchPolicy: 'network-only',
    }),
  );
  const previewErrors = pathFieldErrors(preview.error, t, 'claim');
  const shownErrors = { ...previewErrors, ...errors };

  async function submit() {
    if (!input) return;
    setError(null);
    try {
      if (claim) {
        const { employeeId: _, ...rest } = input;
        const result = await update({ variables: { input: { ...rest, claimId: claim.id } } });
        onSaved(result.data!.updateLearningClaim.id);
      } else {
        const result = await create({ variables: { input } });
        onSaved(result.data!.createLearningClaim.id);
      }
    } catch (e) {
      setError(e);
    }
  }

  const needsReport = form?.requiresReport && !evidence.some((e) => e.kind === 'REPORT');
  return (
    <FormDialog
      title={claim ? t('claim.editTitle') : onBehalf ? t('claim.onBehalfTitle') : t('claim.newTitle')}
      busy={creating.loading || updating.loading}
      error={error}
      explain={{ CONFLICT: t('claim.duplicate'), FORBIDDEN: t('claim.forbidden') }}
      canSubmit={
        !!input &&
        withinLimits([
          [title, CLAIM_LIMITS.titleMax],
          [organiser, LIMITS.nameMax],
        ]) &&
        !uploading &&
        (onBehalf || evidence.length > 0) &&
        !needsReport
      }
      submitLabel={claim ? t('claim.resubmit') : t('claim.submit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      maxWidth="md"
    >
      {onBehalf && !claim && (
        <EmployeePicker value={employee} onChange={setEmployee} label={t('claim.employee')} error={shownErrors.employeeId} />
      )}
      {forms.loading && !forms.data ? (
        <Skeleton variant="rounded" height={56} />
      ) : (
        <TextField
          select
          required
          label={t('claim.form')}
          value={formId}
          onChange={(e) => setFormId(Number(e.target.value))}
          error={!!shownErrors.formId}
          helperText={
            shownErrors.formId ??
            (form
              ? t(`claim.rule.${form.creditMode}`, { value: form.creditValue, max: form.maxJpPerDay, sessions: form.maxSessionsPerMonth })
              : t('claim.formHelp'))
          }
        >
          {(forms.data?.learningForms ?? []).map((f) => (
            <MenuItem key={f.id} value={f.id}>
              {f.id}. {f.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <LimitedTextField
        required
        label={t('claim.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={!!shownErrors.title}
        helperText={shownErrors.title}
        maxChars={CLAIM_LIMITS.titleMax}
      />
      <LimitedTextField
        label={t('claim.organiser')}
        value={organiser}
        onChange={(e) => setOrganiser(e.target.value)}
        error={!!shownErrors.organiser}
        helperText={shownErrors.organiser}
        maxChars={LIMITS.nameMax}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            type="date"
            required
            fullWidth
            label={t('claim.startDate')}
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
            error={!!shownErrors.startDate}
            helperText={shownErrors.startDate}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: localToday() } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            type="date"
            required
            fullWidth
            label={t('claim.endDate')}
            value={endDate}
            onChange={(e) => setEndDate(e.target.value)}
            error={!!shownErrors.endDate}
            helperText={shownErrors.endDate}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: startDate || undefined, max: localToday() } }}
          />
        </Grid>
      </Grid>
      {byTime && (
        <TextField
          type="number"
          required
          label={t('claim.hours')}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          error={!!shownErrors.hours}
          helperText={shownErrors.hours ?? t('claim.hoursHelp')}
          slotProps={{ htmlInput: { min: 0.25, max: 2000, step: 0.25, inputMode: 'decimal' } }}
        />
      )}
      {countsDays && spanOk && span.length > 1 && (
        <Box>
          <FormControlLabel
            control={<Switch checked={everyDay} onChange={(e) => setEveryDay(e.target.checked)} />}
            label={t('claim.everyWorkingDay')}
          />
          {!everyDay && span.length <= DAYS_LISTED && (
            <Box role="group" aria-label={t('claim.attendedDates')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.75, mt: 1 }}>
              {span.map((d) => {
                const on = attended.includes(d);
                return (
                  <Chip
                    key={d}
                    label={formatDateWithDay(d)}
                    color={on ? 'primary' : 'default'}
                    variant={on ? 'filled' : 'outlined'}
                    aria-pressed={on}
                    onClick={() => setAttended(on ? attended.filter((x) => x !== d) : [...attended, d].sort())}
                    sx={isWeekend(d) && !on ? { opacity: 0.7 } : undefined}
                  />
                );
              })}
            </Box>
          )}
          {!everyDay && span.length > DAYS_LISTED && <Alert severity="info">{t('claim.spanTooLongToList')}</Alert>}
          {errorUnder(shownErrors, 'attendedDates') && (
            <Typography color="error" variant="caption">
              {errorUnder(shownErrors, 'attendedDates')}
            </Typography>
          )}
        </Box>
      )}
      {perSession && spanOk && (
        <Box>
          <Typography variant="subtitle2" gutterBottom>
            {t('claim.sessionsPerMonth')}
          </Typography>
          <Grid container spacing={1.5}>
            {months.map((m) => (
              <Grid key={m} size={{ xs: 6, sm: 3 }}>
                <TextField
                  type="number"
                  fullWidth
                  label={formatMonth(m)}
                  value={sessions[m] ?? ''}
                  onChange={(e) => setSessions({ ...sessions, [m]: e.target.value })}
                  slotProps={{ htmlInput: { min: 0, max: 31, inputMode: 'numeric' } }}
                />
              </Grid>
            ))}
          </Grid>
          {errorUnder(shownErrors, 'sessionsPerMonth') && (
            <Typography color="error" variant="caption">
              {errorUnder(shownErrors, 'sessionsPerMonth')}
            </Typography>
          )}
        </Box>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            select
            fullWidth
            label={t('claim.funding')}
            value={funding}
            onChange={(e) => setFunding(e.target.value as FundingSource)}
          >
            {FUNDING_SOURCES.map((f) => (
              <MenuItem key={f} value={f}>
                {t(`claim.fundingSource.${f}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormControlLabel
            control={<Switch checked={international} onChange={(e) => setInternational(e.target.checked)} />}
            label={t('claim.international')}
          />
        </Grid>
      </Grid>
      <Box>
        <Typography variant="subtitle2" gutterBottom>
          {t('claim.evidence')}
        </Typography>
        <Stack spacing={1}>
          {evidence.map((e, i) => (
            <Grid key={e.file.id} container spacing={1} sx={{ alignItems: 'center' }}>
              <Grid size={{ xs: 12, sm: 8 }}>
                <UploadedFileCard
                  file={e.file}
                  onRemove={() => setEvidence(evidence.filter((_, j) => j !== i))}
                  removeLabel={t('claim.removeEvidence', { name: e.file.name })}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 4 }}>
                <TextField
                  select
                  fullWidth
                  size="small"
                  label={t('claim.evidenceKindLabel')}
                  value={e.kind}
                  onChange={(ev) =>
                    setEvidence(evidence.map((x, j) => (j === i ? { ...x, kind: ev.target.value as ClaimEvidenceKind } : x)))
                  }
                >
                  {EVIDENCE_KINDS.map((k) => (
                    <MenuItem key={k} value={k}>
                      {t(`claim.evidenceKind.${k}`)}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
            </Grid>
          ))}
          {evidence.length < 10 && (
            <FileUpload
              label={t('claim.addEvidence')}
              accept={LESSON_FILE_ACCEPT}
              onBusyChange={setUploading}
              onUploaded={(file) =>
                setEvidence([...evidence, { file, kind: needsReport && evidence.length > 0 ? 'REPORT' : 'CERTIFICATE' }])
              }
            />
          )}
          {needsReport && <Alert severity="warning">{t('claim.reportRequired')}</Alert>}
          {errorUnder(shownErrors, 'evidence') && <Alert severity="error">{errorUnder(shownErrors, 'evidence')}</Alert>}
        </Stack>
      </Box>
      <Paper variant="outlined" sx={{ p: 2, bgcolor: 'action.hover' }} aria-live="polite" data-testid="claim-preview">
        <Typography variant="subtitle2">{t('claim.previewTitle')}</Typography>
        {!previewInput ? (
          <Typography variant="body2" color="text.secondary">
            {t('claim.previewHint')}
          </Typography>
        ) : preview.data ? (
          <>
            <Typography variant="h4" component="p" sx={{ my: 0.5 }}>
              {formatJp(preview.data.learningClaimPreview.jp)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {creditStepsText(t, i18n.language, preview.data.learningClaimPreview.steps)}
            </Typography>
            {preview.data.learningClaimPreview.approverSetsJp && (
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {t('claim.approverSetsJp')}
              </Typography>
            )}
            <Typography variant="caption" color="text.secondary">
              {t('claim.pendingUntilApproved')}
            </Typography>
          </>
        ) : preview.error ? (
          <Typography variant="body2" color="error">
            {Object.values(previewErrors)[0] ?? t('claim.previewFailed')}
          </Typography>
        ) : (
          <Skeleton width={120} height={40} />
        )}
      </Paper>
    </FormDialog>
  );
}
