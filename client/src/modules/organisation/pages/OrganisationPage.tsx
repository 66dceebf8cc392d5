import AddIcon from '@mui/icons-material/Add';
import {
  Box,
  Button,
  Card,
  MenuItem,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tabs,
  TextField,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpdKind, PositionType } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { fieldErrors } from '../../../ui/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { PageHeader } from '../../../ui/PageHeader';
import { SearchField } from '../../../ui/SearchField';
import { useDebounced } from '../../../ui/useDebounced';
import { withPrevious } from '../../../ui/withPrevious';
import { PositionTable } from '../../competency/components/PositionTable';
import { PositionListQuery } from '../../competency/graphql/competency';
import { OpdPicker } from '../components/OpdPicker';
import { CreateOpdMutation, CreatePositionMutation, ReferenceQuery } from '../graphql/organisation';

const OPD_KINDS: OpdKind[] = ['SEKRETARIAT', 'INSPEKTORAT', 'DINAS', 'BADAN', 'SATUAN', 'RSUD', 'KECAMATAN', 'LAINNYA'];

/** A code and name given, each within its limit. */
function codeAndNameReady({ code, name }: { code: string; name: string }): boolean {
  return !!code.trim() && !!name.trim() && code.length <= LIMITS.codeMax && name.length <= LIMITS.nameMax;
}

/** The code and name every reference record (OPD, position) is created with. */
function CodeAndName({
  value,
  onChange,
  errors,
}: {
  value: { code: string; name: string };
  onChange: (next: { code: string; name: string }) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <LimitedTextField
        maxChars={LIMITS.codeMax}
        label={t('organisation.code')}
        required
        value={value.code}
        onChange={(e) => onChange({ ...value, code: e.target.value })}
        error={!!errors.code}
        helperText={errors.code ?? t('organisation.codeHelp')}
      />
      <LimitedTextField
        maxChars={LIMITS.nameMax}
        label={t('organisation.name')}
        required
        value={value.name}
        onChange={(e) => onChange({ ...value, name: e.target.value })}
        error={!!errors.name}
        helperText={errors.name}
      />
    </>
  );
}

function OpdDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ code: '', name: '', kind: 'DINAS' as OpdKind });
  const [create, { loading }] = useMutation(CreateOpdMutation, { refetchQueries: ['OrganisationReference'] });
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  return (
    <FormDialog
      title={t('organisation.addOpd')}
      busy={loading}
      error={error}
      canSubmit={codeAndNameReady(form)}
      onClose={onClose}
      onSubmit={() => create({ variables: { input: form } }).then(onClose, setError)}
    >
      <CodeAndName value={form} onChange={(next) => setForm({ ...form, ...next })} errors={errors} />
      <TextField
        select
        label={t('organisation.kind')}
        value={form.kind}
        onChange={(e) => setForm({ ...form, kind: e.target.value as OpdKind })}
      >
        {OPD_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`opdKind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}

function PositionDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const reference = useQuery(ReferenceQuery);
  const [form, setForm] = useState({ code: '', name: '', positionType: 'PELAKSANA' as PositionType, opdId: '' });
  const [create, { loading }] = useMutation(CreatePositionMutation, { refetchQueries: ['PositionList'] });
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  return (
    <FormDialog
      title={t('organisation.addPosition')}
      busy={loading}
      error={error}
      canSubmit={codeAndNameReady(form)}
      onClose={onClose}
      onSubmit={() => create({ variables: { input: { ...form, opdId: form.opdId || undefined } } }).then(onClose, setError)}
    >
      <CodeAndName value={form} onChange={(next) => setForm({ ...form, ...next })} errors={errors} />
      <TextField
        select
        label={t('employees.positionType')}
        value={form.positionType}
        onChange={(e) => setForm({ ...form, positionType: e.target.value as PositionType })}
      >
        {(reference.data?.positionTypes ?? []).map((pt) => (
          <MenuItem key={pt.code} value={pt.code}>
            {t(`positionType.${pt.code}`)}
          </MenuItem>
        ))}
      </TextField>
      <OpdPicker
        value={form.opdId}
        onChange={(opdId) => setForm({ ...form, opdId })}
        error={errors.opdId}
        helperText={t('organisation.generalPosition')}
      />
    </FormDialog>
  );
}

function OpdTable() {
  const { t } = useTranslation();
  const result = useQuery(ReferenceQuery);
  return (
    <Cell result={result} isEmpty={(d) => d.opds.length === 0} empty={<EmptyState title={t('organisation.noOpds')} />}>
      {(data) => (
        <TableContainer>
          <Table size="small" aria-label={t('organisation.opds')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('organisation.code')}</TableCell>
                <TableCell>{t('organisation.name')}</TableCell>
                <TableCell>{t('organisation.kind')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.opds.map((o) => (
                <TableRow key={o.id}>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{o.code}</TableCell>
                  <TableCell>{o.name}</TableCell>
                  <TableCell>{t(`opdKind.${o.kind}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Cell>
  );
}

function PositionTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const result = withPrevious(useQuery(PositionListQuery, { variables: { filter: { search: debounced || undefined } } }));
  return (
    <>
      <Box sx={{ m: 2, maxWidth: 360 }}>
        <SearchField label={t('organisation.searchPosition')} value={search} onChange={setSearch} />
      </Box>
      <Cell result={result} isEmpty={(d) => d.positions.length === 0} empty={<EmptyState title={t('organisation.noPositions')} />}>
        {(data) => <PositionTable items={data.positions} />}
      </Cell>
    </>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'opd' | 'position'>('opd');
  const [dialog, setDialog] = useState<'opd' | 'position' | null>(null);
  return (
    <>
      <PageHeader
        title={t('organisation.title')}
        subtitle={t('organisation.subtitle')}
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog(tab)}>
            {tab === 'opd' ? t('organisation.addOpd') : t('organisation.addPosition')}
          </Button>
        }
      />
      <Card variant="outlined">
        <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}>
          <Tab value="opd" label={t('organisation.opds')} />
          <Tab value="position" label={t('organisation.positions')} />
        </Tabs>
        {tab === 'opd' ? <OpdTable /> : <PositionTab />}
      </Card>
      {dialog === 'opd' && <OpdDialog onClose={() => setDialog(null)} />}
      {dialog === 'position' && <PositionDialog onClose={() => setDialog(null)} />}
    </>
  );
}
