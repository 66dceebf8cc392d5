import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import {
  Box,
  Button,
  Chip,
  IconButton,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayKind, HolidaysQuery as HolidaysData } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { fieldErrors } from '../../../ui/fieldErrors';
import { formatDateWithDay, localToday } from '../../../ui/format';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { useUrlState } from '../../../ui/useUrlState';
import { AddHolidayMutation, HolidaysQuery, RemoveHolidayMutation } from '../graphql/setting';

type Holiday = HolidaysData['holidays'][number];
const KINDS: HolidayKind[] = ['NATIONAL_HOLIDAY', 'CUTI_BERSAMA'];

function AddHolidayDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<HolidayKind>('NATIONAL_HOLIDAY');
  const [add, { loading }] = useMutation(AddHolidayMutation, { refetchQueries: ['Holidays'] });
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  return (
    <FormDialog
      title={t('reference.holidays.addTitle')}
      busy={loading}
      error={error}
      explain={{ CONFLICT: t('reference.holidays.taken') }}
      canSubmit={!!date && !!name.trim() && name.length <= LIMITS.nameMax}
      onClose={onClose}
      onSubmit={() => add({ variables: { input: { date, name: name.trim(), kind } } }).then(onClose, setError)}
    >
      <TextField
        type="date"
        label={t('reference.holidays.date')}
        required
        autoFocus
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={!!errors.date}
        helperText={errors.date}
        slotProps={{ htmlInput: { min: `${year - 1}-01-01`, max: `${year + 1}-12-31` }, inputLabel: { shrink: true } }}
      />
      <LimitedTextField
        maxChars={LIMITS.nameMax}
        label={t('reference.holidays.name')}
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={!!errors.name}
        helperText={errors.name ?? t('reference.holidays.nameHelp')}
      />
      <TextField select label={t('reference.holidays.kind')} value={kind} onChange={(e) => setKind(e.target.value as HolidayKind)}>
        {KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`reference.holidayKind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}

function RemoveHolidayDialog({ holiday, onClose }: { holiday: Holiday; onClose: () => void }) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemoveHolidayMutation, { refetchQueries: ['Holidays'] });
  const [error, setError] = useState<unknown>(null);
  return (
    <ConfirmDialog
      title={t('reference.holidays.removeTitle')}
      body={t('reference.holidays.removeBody', { date: formatDateWithDay(holiday.date), name: holiday.name })}
      confirmLabel={t('reference.holidays.remove')}
      destructive
      busy={loading}
      error={error}
      explain={{ NOT_FOUND: t('reference.holidays.gone') }}
      onConfirm={() => remove({ variables: { input: { date: holiday.date } } }).then(onClose, setError)}
      onClose={onClose}
    />
  );
}

/**
 * The calendar of national holidays and cuti bersama of one year, which administrators keep: a
 * per-day form of learning known only by its span counts its working days (Monday to Friday less
 * these days).
 */
export function HolidaysSection() {
  const { t } = useTranslation();
  const url = useUrlState();
  const thisYear = Number(localToday().slice(0, 4));
  const year = Number(url.get('tahun')) || thisYear;
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year])].sort();
  const result = useQuery(HolidaysQuery, { variables: { input: { year } } });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Holiday | null>(null);
  return (
    <Box data-testid="holidays">
      <Box sx={{ p: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', justifyContent: 'space-between' }}>
        <TextField
          select
          size="small"
          fullWidth={false}
          label={t('reference.holidays.year')}
          value={year}
          onChange={(e) => url.set({ tahun: Number(e.target.value) === thisYear ? '' : Number(e.target.value) })}
          sx={{ width: 140 }}
        >
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" startIcon={<AddOutlined />} onClick={() => setAdding(true)}>
          {t('reference.holidays.add')}
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ flexBasis: '100%' }}>
          {t('reference.holidays.help')}
        </Typography>
      </Box>
      <Cell
        result={result}
        isEmpty={(d) => d.holidays.length === 0}
        empty={<EmptyState title={t('reference.holidays.emptyTitle', { year })} body={t('reference.holidays.emptyBody')} />}
      >
        {(d) => (
          <TableContainer>
            <Table size="small" aria-label={t('reference.holidays.tableLabel', { year })}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('reference.holidays.date')}</TableCell>
                  <TableCell>{t('reference.holidays.name')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {d.holidays.map((h) => (
                  <TableRow key={h.date}>
                    <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDateWithDay(h.date)}</TableCell>
                    <TableCell>
                      <Box>{h.name}</Box>
                      <Chip
                        size="small"
                        variant="outlined"
                        color={h.kind === 'CUTI_BERSAMA' ? 'default' : 'primary'}
                        label={t(`reference.holidayKind.${h.kind}`)}
                        sx={{ mt: 0.5 }}
                      />
                    </TableCell>
                    <TableCell align="right" sx={{ verticalAlign: 'top' }}>
                      <Tooltip title={t('reference.holidays.remove')}>
                        <IconButton
                          size="small"
                          aria-label={t('reference.holidays.removeNamed', { date: formatDateWithDay(h.date) })}
                          onClick={() => setRemoving(h)}
                        >
                          <DeleteOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </Cell>
      {adding && <AddHolidayDialog year={year} onClose={() => setAdding(false)} />}
      {removing && <RemoveHolidayDialog holiday={removing} onClose={() => setRemoving(null)} />}
    </Box>
  );
}
