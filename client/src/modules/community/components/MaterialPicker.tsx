import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { COMMUNITY_LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../../ui/useDebounced';
import { withPrevious } from '../../../ui/withPrevious';
import { GroupMaterialOptionsQuery } from '../graphql/community';

export interface MaterialOption {
  id: string;
  title: string;
}

/** Picks published course modules of the catalog as a group's optional material. */
export function MaterialPicker({
  value,
  onChange,
  error,
}: {
  value: MaterialOption[];
  onChange: (value: MaterialOption[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const search = useDebounced(input.trim());
  const result = withPrevious(useQuery(GroupMaterialOptionsQuery, { variables: { search: search || undefined } }));
  return (
    <Autocomplete
      multiple
      options={result.data?.courseModules.items ?? []}
      value={value}
      onChange={(_, v) => onChange(v.slice(0, COMMUNITY_LIMITS.materials))}
      inputValue={input}
      onInputChange={(_, v) => setInput(v)}
      filterOptions={(x) => x}
      loading={result.loading}
      getOptionLabel={(o) => o.title}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('community.form.noModules')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('community.form.materials')}
          error={!!error}
          helperText={error ?? t('community.form.materialsHelp')}
        />
      )}
    />
  );
}
