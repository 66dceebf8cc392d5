import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ReferenceQuery } from '../graphql/organisation';

/** Picks one OPD by name (all OPDs are loaded once); `value` and `onChange` carry its id, '' for none. */
export function OpdPicker({
  value,
  onChange,
  required,
  error,
  helperText,
}: {
  value: string;
  onChange: (id: string) => void;
  required?: boolean;
  error?: string;
  helperText?: string;
}) {
  const { t } = useTranslation();
  const reference = useQuery(ReferenceQuery);
  const opds = reference.data?.opds ?? [];
  return (
    <Autocomplete
      options={opds}
      loading={reference.loading}
      value={opds.find((o) => o.id === value) ?? null}
      onChange={(_, opd) => onChange(opd?.id ?? '')}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      size="small"
      renderInput={(params) => (
        <TextField {...params} required={required} label={t('employees.opd')} error={!!error} helperText={error ?? helperText} />
      )}
    />
  );
}
