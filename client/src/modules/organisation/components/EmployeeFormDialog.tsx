import { Autocomplete, FormControlLabel, Grid, MenuItem, Switch, TextField } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS, parseNip, PNS_RANKS, PPPK_RANKS } from '@shared/limits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeDetailFieldsFragment, EmployeeType } from '../../../gql/graphql';
import { fieldErrors } from '../../../ui/errors';
import { FormDialog } from '../../../ui/FormDialog';
import { formatDate, formatMonth } from '../../../ui/format';
import { CreateEmployeeMutation, PositionsQuery, ReferenceQuery, UpdateEmployeeMutation } from '../graphql/organisation';

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
    positionId: employee?.position?.id ?? '',
    rank: employee?.rank ?? '',
    email: employee?.email ?? '',
    phone: employee?.phone ?? '',
    active: employee?.active ?? true,
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const reference = useQuery(ReferenceQuery);
  const positions = useQuery(PositionsQuery, { variables: { filter: { opdId: form.opdId || undefined } }, skip: !form.opdId });
  const [create, creating] = useMutation(CreateEmployeeMutation, { refetchQueries: ['EmployeesQuery'] });
  const [update, updating] = useMutation(UpdateEmployeeMutation);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  const busy = creating.loading || updating.loading;
  const nipResult = parseNip(form.nip);
  const nipInvalid = form.nip.replace(/\D/g, '').length >= 18 && !nipResult.ok;
  const ranks: readonly string[] = form.employeeType === 'PNS' ? PNS_RANKS : PPPK_RANKS;

  async function submit() {
    setError(null);
    const common = {
      nip: form.nip,
      name: form.name.trim(),
      employeeType: form.employeeType,
      opdId: form.opdId,
      positionId: form.positionId || null,
      rank: form.rank || null,
      email: form.email.trim() || null,
      phone: form.phone.trim() || null,
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
      canSubmit={!!form.nip && !!form.name.trim() && !!form.opdId}
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
              <TextField
                label={t('employees.name')}
                required
                value={form.name}
                onChange={(e) => set({ name: e.target.value })}
                error={!!errors.name}
                helperText={errors.name ?? t('employees.nameHelp')}
                slotProps={{ htmlInput: { maxLength: LIMITS.nameMax } }}
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
                <MenuItem value="PNS">PNS</MenuItem>
                <MenuItem value="PPPK">PPPK</MenuItem>
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 8 }}>
              <Autocomplete
                options={reference.data?.opds ?? []}
                loading={reference.loading}
                value={reference.data?.opds.find((o) => o.id === form.opdId) ?? null}
                onChange={(_, opd) => set({ opdId: opd?.id ?? '', positionId: '' })}
                getOptionLabel={(o) => o.name}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                size="small"
                renderInput={(params) => (
                  <TextField {...params} required label={t('employees.opd')} error={!!errors.opdId} helperText={errors.opdId} />
                )}
              />
            </Grid>
            <Grid size={{ xs: 12, sm: 8 }}>
              <Autocomplete
                options={positions.data?.positions ?? []}
                loading={positions.loading}
                disabled={!form.opdId}
                value={positions.data?.positions.find((p) => p.id === form.positionId) ?? null}
                onChange={(_, p) => set({ positionId: p?.id ?? '' })}
                getOptionLabel={(p) => p.name}
                groupBy={(p) => t(`positionType.${p.positionType}`)}
                isOptionEqualToValue={(a, b) => a.id === b.id}
                size="small"
                renderInput={(params) => (
                  <TextField
                    {...params}
                    label={t('employees.position')}
                    error={!!errors.positionId}
                    helperText={errors.positionId ?? (!form.opdId ? t('employees.chooseOpdFirst') : undefined)}
                  />
                )}
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
