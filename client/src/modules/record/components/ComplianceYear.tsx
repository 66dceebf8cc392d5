import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { localToday } from '../../../ui/format';
import { useUrlState } from '../../../ui/useUrlState';

/** The year a compliance page shows, from the URL (`tahun`), this year by default. */
export function useComplianceYear(): [number, (year: number) => void] {
  const url = useUrlState();
  const current = Number(localToday().slice(0, 4));
  const year = Number(url.get('tahun')) || current;
  return [year, (y: number) => url.set({ tahun: y === current ? 0 : y })];
}

/** This year and the two before it. */
export function ComplianceYearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const current = Number(localToday().slice(0, 4));
  return (
    <TextField
      select
      size="small"
      label={t('compliance.year')}
      value={year}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ minWidth: 110 }}
    >
      {[current, current - 1, current - 2].map((y) => (
        <MenuItem key={y} value={y}>
          {y}
        </MenuItem>
      ))}
    </TextField>
  );
}
