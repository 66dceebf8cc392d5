import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { useDebounced } from '../../../ui/useDebounced';
import { withPrevious } from '../../../ui/withPrevious';

const EmployeeSearchQuery = graphql(`
  query ClaimEmployeeSearch($filter: EmployeeFilter, $page: PageInput) {
    employees(filter: $filter, page: $page) {
      items {
        id
        name
        nip
        opd {
          id
          name
        }
      }
    }
  }
`);

export interface EmployeeOption {
  id: string;
  name: string;
  nip: string;
  opd: { name: string };
}

/** Picks an employee by name or NIP, searching the server as the user types. */
export function EmployeePicker({
  value,
  onChange,
  label,
  error,
}: {
  value: EmployeeOption | null;
  onChange: (e: EmployeeOption | null) => void;
  label: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim());
  const result = withPrevious(
    useQuery(EmployeeSearchQuery, {
      variables: { filter: { search: debounced || undefined, active: true }, page: { offset: 0, limit: 20 } },
    }),
  );
  const options: EmployeeOption[] = result.data?.employees.items ?? [];
  return (
    <Autocomplete
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      value={value}
      loading={result.loading}
      onChange={(_, e) => onChange(e)}
      onInputChange={(_, text, reason) => {
        if (reason === 'input') setSearch(text);
        if (reason === 'clear') setSearch('');
      }}
      filterOptions={(x) => x}
      getOptionLabel={(e) => `${e.name} (${e.nip})`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('claim.noEmployeeFound')}
      loadingText={t('common.loading')}
      renderInput={(params) => (
        <TextField {...params} label={label} required error={!!error} helperText={error ?? t('claim.onBehalfHelp')} />
      )}
    />
  );
}
