import { FormControlLabel, Grid, MenuItem, Switch, TextField } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { LIMITS, parseNip, PNS_RANKS, PPPK_RANKS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetailFieldsFragment, EmployeeType } from '../../../gql/graphql';
import { fieldErrors } from '../../../ui/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { formatDate, formatMonth, localToday } from '../../../ui/format';
import { type PositionOption, PositionPicker } from '../../competency/components/PositionPicker';
import { CreateEmployeeMutation, UpdateEmployeeMutation } from '../graphql/organisation';
import { EMPLOYEE_TYPES } from './EmployeeFilters';
import { OpdPicker } from './OpdPicker';
import { LimitedTextField } from '../../../ui/LimitedTextField';

interface Props {
  /** The employee to edit; without it the dialog creates one. */
  employee?: EmployeeDetailFieldsFragment;
  onClose: () => void;
  onSaved: (id: string) => void;
}

function NipHint({ nip }: { nip: string }) {
  const { t } = useTranslation();
  if (nip.replace(/\D/g, '').length < 18) return <>{t('employees.nipHelp')}</>;
  const parsed = parseNip(nip);
  if (!parsed.ok) return <>{t(`rules.${parsed.rule}`)}</>;
  return (
    <>
      {t('employees.nipParsed', {
        birth: formatDate(parsed.parts.birthDate),
        gender: t(`gender.${parsed.parts.gender}`),
        appointment: formatMonth(parsed.parts.appointment),
      })}
    </>
  );
}

export function EmployeeFormDialog({ employee, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    nip: employee?.nip ?? '',
    name: employee?.name ?? '',
    employeeType: (employee?.employeeType ?? 'PNS') as EmployeeType,
    opdId: employee?.opd.id ?? '',
    position: (employee?.position ?? null) as PositionOption | null,
    rank: employee?.rank ?? '',
    email: employee?.email ?? '',
    phone: employee?.phone ?? '',
    active: employee?.active ?? true,
    placedOn: '',
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const [create, creating] = useMutation(CreateEmployeeMutation, { refetchQueries: ['Employees'] });
  const [update, updating] = useMutation(UpdateEmployeeMutation, { refetchQueries: ['PositionHistory'] });
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  const busy = creating.loading || updating.loading;
  const nipResult = parseNip(form.nip);
  const nipInvalid = form.nip.replace(/\D/g, '').length >= 18 && !nipResult.ok;
  const ranks: readonly string[] = form.employeeType === 'PNS' ? PNS_RANKS : PPPK_RANKS;
  // A new position or OPD is dated: the day it takes effect, today unless told.
  const placing = employee
    ? (form.position?.id ?? null) !== (employee.position?.id ?? null) || form.opdId !== employee.opd.id
    : !!form.position;

  async function submit() {
    setError(null);
    const common = {
      nip: form.nip,
      name: form.name.trim(),
      employeeType: form.employeeType,
      opdId: form.opdId,
      positionId: form.position?.id ?? null,
      rank: form.rank || null,
      email: form.email.trim() || null,
      phone: form.phone.trim() || null,
      ...(placing && form.placedOn && { placedOn: form.placedOn }),
    };
    try {
      if (employee) {
        const result = await update({ variables: { input: { id: employee.id, ...common, active: form.active } } });
        onSaved(result.data!.updateEmployee.id);
      } else {
        const result = await create({ variables: { input: common } });
        onSaved(result.data!.createEmployee.id);
      }
    } catch (e) {
      setError(e);
    }
  }

  return (
    <FormDialog
      title={employee ? t('employees.editTitle') : t('employees.addTitle')}
      busy={busy}
      error={error}
      canSubmit
      missing={[!form.nip.trim() && 'NIP', !form.name.trim() && t('employees.name'), !form.opdId && t('employees.opd')].filter(
        (f): f is string => !!f,
      )}
      onSubmit={() => void submit()}
      onClose={onClose}
      maxWidth="md"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            label="NIP"
            required
            value={form.nip}
            onChange={(e) => set({ nip: e.target.value })}
            error={!!errors.nip || nipInvalid}
            helperText={errors.nip ?? <NipHint nip={form.nip} />}
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 30 } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <LimitedTextField
            maxChars={LIMITS.nameMax}
            label={t('employees.name')}
            required
            value={form.name}
            onChange={(e) => set({ name: e.target.value })}
            error={!!errors.name}
            helperText={errors.name ?? t('employees.nameHelp')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            select
            label={t('employees.employeeType')}
            value={form.employeeType}
            onChange={(e) => set({ employeeType: e.target.value as EmployeeType, rank: '' })}
            error={!!errors.employeeType}
            helperText={errors.employeeType}
          >
            {EMPLOYEE_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {type}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <OpdPicker required value={form.opdId} onChange={(opdId) => set({ opdId, position: null })} error={errors.opdId} />
        </Grid>
        <Grid size={{ xs: 12, sm: 8 }}>
          <PositionPicker
            label={t('employees.position')}
            value={form.position}
            onChange={(position) => set({ position })}
            opdId={form.opdId}
            disabled={!form.opdId}
            error={errors.positionId}
            helperText={!form.opdId ? t('employees.chooseOpdFirst') : undefined}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            select
            label={t('employees.rank')}
            value={form.rank}
            onChange={(e) => set({ rank: e.target.value })}
            error={!!errors.rank}
            helperText={errors.rank}
          >
            <MenuItem value="">–</MenuItem>
            {ranks.map((r) => (
              <MenuItem key={r} value={r}>
                {r}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        {placing && (
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              label={t('employees.placedOn')}
              type="date"
              value={form.placedOn}
              onChange={(e) => set({ placedOn: e.target.value })}
              error={!!errors.placedOn}
              helperText={errors.placedOn ?? t('employees.placedOnHelp')}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: localToday() } }}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            label={t('employees.email')}
            type="email"
            value={form.email}
            onChange={(e) => set({ email: e.target.value })}
            error={!!errors.email}
            helperText={errors.email}
            slotProps={{ htmlInput: { maxLength: LIMITS.emailMax } }}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField
            label={t('employees.phone')}
            type="tel"
            value={form.phone}
            onChange={(e) => set({ phone: e.target.value })}
            error={!!errors.phone}
            helperText={errors.phone}
            slotProps={{ htmlInput: { maxLength: LIMITS.phoneMax } }}
          />
        </Grid>
        {employee && (
          <Grid size={12}>
            <FormControlLabel
              control={<Switch checked={form.active} onChange={(e) => set({ active: e.target.checked })} />}
              label={t('employees.activeLabel')}
            />
          </Grid>
        )}
      </Grid>
    </FormDialog>
  );
}
