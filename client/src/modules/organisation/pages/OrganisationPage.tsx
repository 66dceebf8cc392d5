import AddIcon from '@mui/icons-material/Add';
import {
  Autocomplete,
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
import { LIMITS } from '@shared/limits';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpdKind, PositionType } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { fieldErrors } from '../../../ui/errors';
import { FormDialog } from '../../../ui/FormDialog';
import { PageHeader } from '../../../ui/PageHeader';
import { useDebounced } from '../../../ui/useDebounced';
import { CreateOpdMutation, CreatePositionMutation, PositionsQuery, ReferenceQuery } from '../graphql/organisation';

const OPD_KINDS: OpdKind[] = ['SEKRETARIAT', 'INSPEKTORAT', 'DINAS', 'BADAN', 'SATUAN', 'RSUD', 'KECAMATAN', 'LAINNYA'];

function OpdDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ code: '', name: '', kind: 'DINAS' as OpdKind });
  const [create, { loading }] = useMutation(CreateOpdMutation, { refetchQueries: ['OrganisationReferenceQuery'] });
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  return (
    <FormDialog
      title={t('organisation.addOpd')}
      busy={loading}
      error={error}
      canSubmit={!!form.code.trim() && !!form.name.trim()}
      onClose={onClose}
      onSubmit={() =>
        create({ variables: { input: form } }).then(onClose, setError)
      }
    >
      <TextField label={t('organisation.code')} required value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} error={!!errors.code} helperText={errors.code ?? t('organisation.codeHelp')} slotProps={{ htmlInput: { maxLength: LIMITS.codeMax } }} />
      <TextField label={t('organisation.name')} required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={!!errors.name} helperText={errors.name} slotProps={{ htmlInput: { maxLength: LIMITS.nameMax } }} />
      <TextField select label={t('organisation.kind')} value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as OpdKind })}>
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
  const [create, { loading }] = useMutation(CreatePositionMutation, { refetchQueries: ['PositionsQuery'] });
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  return (
    <FormDialog
      title={t('organisation.addPosition')}
      busy={loading}
      error={error}
      canSubmit={!!form.code.trim() && !!form.name.trim()}
      onClose={onClose}
      onSubmit={() => create({ variables: { input: { ...form, opdId: form.opdId || undefined } } }).then(onClose, setError)}
    >
      <TextField label={t('organisation.code')} required value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} error={!!errors.code} helperText={errors.code ?? t('organisation.codeHelp')} slotProps={{ htmlInput: { maxLength: LIMITS.codeMax } }} />
      <TextField label={t('organisation.name')} required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} error={!!errors.name} helperText={errors.name} slotProps={{ htmlInput: { maxLength: LIMITS.nameMax } }} />
      <TextField select label={t('employees.positionType')} value={form.positionType} onChange={(e) => setForm({ ...form, positionType: e.target.value as PositionType })}>
        {(reference.data?.positionTypes ?? []).map((pt) => (
          <MenuItem key={pt.code} value={pt.code}>
            {t(`positionType.${pt.code}`)}
          </MenuItem>
        ))}
      </TextField>
      <Autocomplete
        options={reference.data?.opds ?? []}
        value={reference.data?.opds.find((o) => o.id === form.opdId) ?? null}
        onChange={(_, opd) => setForm({ ...form, opdId: opd?.id ?? '' })}
        getOptionLabel={(o) => o.name}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        size="small"
        renderInput={(params) => <TextField {...params} label={t('employees.opd')} helperText={errors.opdId ?? t('organisation.generalPosition')} error={!!errors.opdId} />}
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

function PositionTable() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const result = useQuery(PositionsQuery, { variables: { filter: { search: debounced || undefined } } });
  return (
    <>
      <TextField sx={{ m: 2, maxWidth: 360 }} label={t('organisation.searchPosition')} value={search} onChange={(e) => setSearch(e.target.value)} slotProps={{ htmlInput: { type: 'search' } }} />
      <Cell result={result} isEmpty={(d) => d.positions.length === 0} empty={<EmptyState title={t('organisation.noPositions')} />}>
        {(data) => (
          <TableContainer>
            <Table size="small" aria-label={t('organisation.positions')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('organisation.code')}</TableCell>
                  <TableCell>{t('organisation.name')}</TableCell>
                  <TableCell>{t('employees.positionType')}</TableCell>
                  <TableCell>{t('employees.opd')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.positions.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{p.code}</TableCell>
                    <TableCell>{p.name}</TableCell>
                    <TableCell>{t(`positionType.${p.positionType}`)}</TableCell>
                    <TableCell>{p.opd?.name ?? t('organisation.allOpds')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
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
        {tab === 'opd' ? <OpdTable /> : <PositionTable />}
      </Card>
      {dialog === 'opd' && <OpdDialog onClose={() => setDialog(null)} />}
      {dialog === 'position' && <PositionDialog onClose={() => setDialog(null)} />}
    </>
  );
}
