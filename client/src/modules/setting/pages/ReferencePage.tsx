import EditOutlined from '@mui/icons-material/EditOutlined';
import {
  Card,
  FormControlLabel,
  IconButton,
  MenuItem,
  Switch,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Tooltip,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditMode, ReferenceDataQuery as ReferenceDataData } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { fieldErrors } from '../../../ui/fieldErrors';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { formatJp, formatNumber, parseDecimal } from '../../../ui/format';
import { FormDialog } from '../../../ui/FormDialog';
import { PageHeader } from '../../../ui/PageHeader';
import { useUrlState } from '../../../ui/useUrlState';
import { LEVELS } from '../../competency/components/chips';
import { HolidaysSection } from '../components/HolidaysSection';
import { ReferenceDataQuery, SetPositionTypeDefaultMutation, UpdateLearningFormMutation, UpdateSettingMutation } from '../graphql/setting';

type Data = ReferenceDataData;
type Form = Data['learningForms'][number];
const CREDIT_MODES: CreditMode[] = ['CURRICULUM', 'PER_DAY', 'PER_SESSION', 'PER_ACTIVITY', 'ACTUAL', 'AS_APPROVED'];

function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={label} onClick={onClick}>
        <EditOutlined fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

/** Whole-number settings (years, minutes) show no decimals; JP figures show one, as everywhere. */
function settingDigits(setting: { integer: boolean }): number {
  return setting.integer ? 0 : 1;
}

function SettingDialog({ setting, onClose }: { setting: Data['settings'][number]; onClose: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(setting.value));
  const [save, { loading }] = useMutation(UpdateSettingMutation);
  const [error, setError] = useState<unknown>(null);
  const digits = settingDigits(setting);
  const range = { min: formatNumber(setting.min, digits), max: formatNumber(setting.max, digits) };
  const errors = pathFieldErrors(error, t, 'reference', range);
  return (
    <FormDialog
      title={t(`reference.settings.${setting.key}`)}
      busy={loading}
      error={error}
      canSubmit={parseDecimal(value) !== null}
      onClose={onClose}
      onSubmit={() => save({ variables: { input: { key: setting.key, value: parseDecimal(value)! } } }).then(onClose, setError)}
    >
      <TextField
        label={t('reference.value')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={!!errors.value}
        helperText={errors.value ?? t('reference.range', { ...range, default: formatNumber(setting.defaultValue, digits) })}
        slotProps={{ htmlInput: { inputMode: setting.integer ? 'numeric' : 'decimal' } }}
        autoFocus
      />
    </FormDialog>
  );
}

function FormRuleDialog({ form, onClose }: { form: Form; onClose: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState(form.creditMode);
  const [value, setValue] = useState(form.creditValue?.toString() ?? '');
  const [perDay, setPerDay] = useState(form.maxJpPerDay?.toString() ?? '');
  const [sessions, setSessions] = useState(form.maxSessionsPerMonth?.toString() ?? '');
  const [report, setReport] = useState(form.requiresReport);
  const [save, { loading }] = useMutation(UpdateLearningFormMutation);
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  return (
    <FormDialog
      title={`${form.id}. ${form.name}`}
      busy={loading}
      error={error}
      canSubmit
      onClose={onClose}
      onSubmit={() =>
        save({
          variables: {
            input: {
              id: form.id,
              creditMode: mode,
              creditValue: parseDecimal(value),
              maxJpPerDay: parseDecimal(perDay),
              maxSessionsPerMonth: parseDecimal(sessions),
              requiresReport: report,
            },
          },
        }).then(onClose, setError)
      }
    >
      <TextField select label={t('reference.forms.mode')} value={mode} onChange={(e) => setMode(e.target.value as CreditMode)}>
        {CREDIT_MODES.map((m) => (
          <MenuItem key={m} value={m}>
            {t(`reference.creditMode.${m}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('reference.forms.value')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={!!errors.creditValue}
        helperText={errors.creditValue ?? t('reference.forms.valueHelp')}
      />
      <TextField
        label={t('reference.forms.maxPerDay')}
        value={perDay}
        onChange={(e) => setPerDay(e.target.value)}
        error={!!errors.maxJpPerDay}
        helperText={errors.maxJpPerDay ?? t('reference.forms.emptyNoCap')}
      />
      <TextField
        label={t('reference.forms.maxSessions')}
        value={sessions}
        onChange={(e) => setSessions(e.target.value)}
        error={!!errors.maxSessionsPerMonth}
        helperText={errors.maxSessionsPerMonth ?? t('reference.forms.emptyNoCap')}
      />
      <FormControlLabel
        control={<Switch checked={report} onChange={(e) => setReport(e.target.checked)} />}
        label={t('reference.forms.requiresReport')}
      />
    </FormDialog>
  );
}

function LevelDialog({ type, onClose }: { type: Data['positionTypes'][number]; onClose: () => void }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState(type.defaultManagerialLevel);
  const [save, { loading }] = useMutation(SetPositionTypeDefaultMutation);
  const [error, setError] = useState<unknown>(null);
  return (
    <FormDialog
      title={type.name}
      busy={loading}
      error={error}
      canSubmit
      onClose={onClose}
      onSubmit={() => save({ variables: { input: { code: type.code, defaultManagerialLevel: level } } }).then(onClose, setError)}
    >
      <TextField
        select
        label={t('reference.types.level')}
        value={level}
        onChange={(e) => setLevel(Number(e.target.value))}
        helperText={t('reference.types.levelHelp')}
      >
        {LEVELS.map((l) => (
          <MenuItem key={l} value={l}>
            {l}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}

const orDash = (n: number | null | undefined) => (n == null ? '–' : formatJp(n, { unit: false }));

/** Administrators' page for the configurable figures of DOMAIN.md. */
export function ReferencePage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const tab = url.get('tab') || 'settings';
  const result = useQuery(ReferenceDataQuery);
  const [editing, setEditing] = useState<{ kind: 'setting' | 'form' | 'type'; key: string } | null>(null);
  const data = result.data;
  return (
    <>
      <PageHeader title={t('reference.title')} subtitle={t('reference.subtitle')} />
      <Card variant="outlined">
        <Tabs
          value={tab}
          onChange={(_, v) => url.set({ tab: v === 'settings' ? '' : v })}
          variant="scrollable"
          allowScrollButtonsMobile
          sx={{ borderBottom: 1, borderColor: 'divider' }}
        >
          <Tab value="settings" label={t('reference.tabs.settings')} />
          <Tab value="forms" label={t('reference.tabs.forms')} />
          <Tab value="types" label={t('reference.tabs.types')} />
          <Tab value="holidays" label={t('reference.tabs.holidays')} />
        </Tabs>
        {tab === 'holidays' ? (
          <HolidaysSection />
        ) : (
          <Cell result={result}>
            {(d) => (
              <TableContainer>
                {tab === 'settings' && (
                  <Table size="small" aria-label={t('reference.tabs.settings')}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('reference.setting')}</TableCell>
                        <TableCell align="right">{t('reference.value')}</TableCell>
                        <TableCell align="right">{t('reference.default')}</TableCell>
                        <TableCell />
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {d.settings.map((s) => (
                        <TableRow key={s.key}>
                          <TableCell>{t(`reference.settings.${s.key}`)}</TableCell>
                          <TableCell align="right">{formatNumber(s.value, settingDigits(s))}</TableCell>
                          <TableCell align="right">{formatNumber(s.defaultValue, settingDigits(s))}</TableCell>
                          <TableCell align="right">
                            <EditButton label={t('common.edit')} onClick={() => setEditing({ kind: 'setting', key: s.key })} />
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
                {tab === 'forms' && (
                  <Table size="small" aria-label={t('reference.tabs.forms')}>
                    <TableHead>
                      <TableRow>
                        <TableCell>ID</TableCell>
                        <TableCell>{t('reference.forms.name')}</TableCell>
                        <TableCell>{t('reference.forms.mode')}</TableCell>
                        <TableCell align="right">{t('reference.forms.value')}</TableCell>
                        <TableCell align="right">{t('reference.forms.maxPerDay')}</TableCell>
                        <TableCell align="right">{t('reference.forms.maxSessions')}</TableCell>
                        <TableCell />
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {d.learningForms.map((f) => (
                        <TableRow key={f.id}>
                          <TableCell>{f.id}</TableCell>
                          <TableCell>{f.name}</TableCell>
                          <TableCell>{t(`reference.creditMode.${f.creditMode}`)}</TableCell>
                          <TableCell align="right">{orDash(f.creditValue)}</TableCell>
                          <TableCell align="right">{orDash(f.maxJpPerDay)}</TableCell>
                          <TableCell align="right">{f.maxSessionsPerMonth ?? '–'}</TableCell>
                          <TableCell align="right">
                            <EditButton label={t('common.edit')} onClick={() => setEditing({ kind: 'form', key: String(f.id) })} />
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
                {tab === 'types' && (
                  <Table size="small" aria-label={t('reference.tabs.types')}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{t('employees.positionType')}</TableCell>
                        <TableCell align="right">{t('reference.types.level')}</TableCell>
                        <TableCell />
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {d.positionTypes.map((p) => (
                        <TableRow key={p.code}>
                          <TableCell>{p.name}</TableCell>
                          <TableCell align="right">{p.defaultManagerialLevel}</TableCell>
                          <TableCell align="right">
                            <EditButton label={t('common.edit')} onClick={() => setEditing({ kind: 'type', key: p.code })} />
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
              </TableContainer>
            )}
          </Cell>
        )}
      </Card>
      {data && editing?.kind === 'setting' && (
        <SettingDialog setting={data.settings.find((s) => s.key === editing.key)!} onClose={() => setEditing(null)} />
      )}
      {data && editing?.kind === 'form' && (
        <FormRuleDialog form={data.learningForms.find((f) => String(f.id) === editing.key)!} onClose={() => setEditing(null)} />
      )}
      {data && editing?.kind === 'type' && (
        <LevelDialog type={data.positionTypes.find((p) => p.code === editing.key)!} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
