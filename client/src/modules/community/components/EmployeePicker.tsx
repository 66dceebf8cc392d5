import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../../ui/useDebounced';
import { withPrevious } from '../../../ui/withPrevious';
import { GroupEmployeesQuery } from '../graphql/community';

export interface EmployeeOption {
  id: string;
  name: string;
  opd: { name: string };
}

/** Picks an active employee by name or NIP, searching the server as the user types. */
export function EmployeePicker({
  label,
  value,
  onChange,
  error,
  helperText,
  required,
}: {
  label: string;
  value: EmployeeOption | null;
  onChange: (value: EmployeeOption | null) => void;
  error?: string;
  helperText?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const search = useDebounced(input.trim());
  const result = withPrevious(useQuery(GroupEmployeesQuery, { variables: { search: search || undefined }, skip: search.length < 2 }));
  const options: EmployeeOption[] = search.length < 2 ? [] : (result.data?.employees.items ?? []);
  return (
    <Autocomplete
      options={options}
      value={value}
      onChange={(_, v) => onChange(v)}
      inputValue={input}
      onInputChange={(_, v) => setInput(v)}
      filterOptions={(x) => x}
      loading={result.loading}
      getOptionLabel={(o) => `${o.name} · ${o.opd.name}`}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={search.length < 2 ? t('community.typeToSearch') : t('community.noEmployee')}
      renderInput={(params) => <TextField {...params} label={label} required={required} error={!!error} helperText={error ?? helperText} />}
    />
  );
}
