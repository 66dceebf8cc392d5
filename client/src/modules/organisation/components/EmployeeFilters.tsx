import { Grid, MenuItem, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { EmployeeType, PositionType } from '../../../gql/graphql';
import { SHOW_ALL } from '../../../ui/filterSelect';
import { SearchField } from '../../../ui/SearchField';
import { ReferenceQuery } from '../graphql/organisation';
import { OpdPicker } from './OpdPicker';

export const EMPLOYEE_TYPES: EmployeeType[] = ['PNS', 'PPPK'];

export interface EmployeeFilterValues {
  search: string;
  opdId: string;
  positionType: PositionType | '';
  employeeType: EmployeeType | '';
}

export function EmployeeFilters({
  value,
  onChange,
}: {
  value: EmployeeFilterValues;
  onChange: (next: Partial<EmployeeFilterValues>) => void;
}) {
  const { t } = useTranslation();
  const reference = useQuery(ReferenceQuery);
  return (
    <Grid container spacing={1.5} sx={{ mb: 2 }}>
      <Grid size={{ xs: 12, md: 4 }}>
        <SearchField
          label={t('employees.search')}
          placeholder={t('employees.searchPlaceholder')}
          value={value.search}
          onChange={(search) => onChange({ search })}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 4 }}>
        <OpdPicker value={value.opdId} onChange={(opdId) => onChange({ opdId })} />
      </Grid>
      <Grid size={{ xs: 6, sm: 3, md: 2 }}>
        <TextField
          select
          label={t('employees.positionType')}
          value={value.positionType}
          onChange={(e) => onChange({ positionType: e.target.value as PositionType | '' })}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('common.all')}</MenuItem>
          {(reference.data?.positionTypes ?? []).map((pt) => (
            <MenuItem key={pt.code} value={pt.code}>
              {t(`positionType.${pt.code}`)}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid size={{ xs: 6, sm: 3, md: 2 }}>
        <TextField
          select
          label={t('employees.employeeType')}
          value={value.employeeType}
          onChange={(e) => onChange({ employeeType: e.target.value as EmployeeType | '' })}
          slotProps={SHOW_ALL}
        >
          <MenuItem value="">{t('common.all')}</MenuItem>
          {EMPLOYEE_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {type}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
    </Grid>
  );
}
