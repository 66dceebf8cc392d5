import { Grid } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { EmployeeType, PositionType } from '../../../gql/graphql';
import { FilterSelect } from '../../../ui/FilterSelect';
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
        <FilterSelect
          label={t('employees.positionType')}
          value={value.positionType}
          onChange={(pt) => onChange({ positionType: pt as PositionType | '' })}
          options={(reference.data?.positionTypes ?? []).map((pt) => ({ value: pt.code, label: t(`positionType.${pt.code}`) }))}
        />
      </Grid>
      <Grid size={{ xs: 6, sm: 3, md: 2 }}>
        <FilterSelect
          label={t('employees.employeeType')}
          value={value.employeeType}
          onChange={(type) => onChange({ employeeType: type as EmployeeType | '' })}
          options={EMPLOYEE_TYPES.map((type) => ({ value: type, label: type }))}
        />
      </Grid>
    </Grid>
  );
}
