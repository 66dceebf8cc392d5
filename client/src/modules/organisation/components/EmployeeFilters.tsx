import { Autocomplete, Grid, MenuItem, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { EmployeeType, PositionType } from '../../../gql/graphql';
import { ReferenceQuery } from '../graphql/organisation';
import { SearchField } from '../../../ui/SearchField';

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
  const opds = reference.data?.opds ?? [];
  const selectedOpd = opds.find((o) => o.id === value.opdId) ?? null;
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
        <Autocomplete
          options={opds}
          loading={reference.loading}
          value={selectedOpd}
          onChange={(_, opd) => onChange({ opdId: opd?.id ?? '' })}
          getOptionLabel={(o) => o.name}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderInput={(params) => <TextField {...params} label={t('employees.opd')} />}
          size="small"
        />
      </Grid>
      <Grid size={{ xs: 6, sm: 3, md: 2 }}>
        <TextField
          select
          label={t('employees.positionType')}
          value={value.positionType}
          onChange={(e) => onChange({ positionType: e.target.value as PositionType | '' })}
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
        >
          <MenuItem value="">{t('common.all')}</MenuItem>
          <MenuItem value="PNS">PNS</MenuItem>
          <MenuItem value="PPPK">PPPK</MenuItem>
        </TextField>
      </Grid>
    </Grid>
  );
}
