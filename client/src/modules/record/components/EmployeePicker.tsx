import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { useServerSearch, withChosen } from '../../../ui/useServerSearch';
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

/**
 * Picks an employee by name or NIP, searching the server as the user types; the first employees
 * are asked for once the list is first opened or typed into (`useServerSearch`).
 */
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
  const typing = useServerSearch<EmployeeOption>();
  const result = withPrevious(
    useQuery(EmployeeSearchQuery, {
      variables: { filter: { search: typing.search || undefined, active: true }, page: { offset: 0, limit: 20 } },
      skip: typing.skip,
    }),
  );
  return (
    <Autocomplete
      {...typing.autocomplete}
      options={withChosen(result.data?.employees.items ?? [], value)}
      value={value}
      loading={typing.loading(result.loading)}
      onChange={(_, e) => onChange(e)}
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
