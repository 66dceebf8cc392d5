import { Autocomplete, Box, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetencyType } from '../../../gql/graphql';
import { useServerSearch, withChosen } from '../../../ui/useServerSearch';
import { withPrevious } from '../../../ui/withPrevious';
import { CompetenciesQuery } from '../graphql/competency';
import { COMPETENCY_TYPES } from './chips';

const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface CompetencyOption {
  id: string;
  code: string;
  name: string;
  type: CompetencyType;
}

interface Props {
  value: CompetencyOption | null;
  onChange: (value: CompetencyOption | null) => void;
  label: string;
  required?: boolean;
  error?: string;
  helperText?: string;
  /** Competencies already chosen elsewhere (shown disabled). */
  excludeIds?: string[];
}

/**
 * Picks an active competency of the dictionary, searching the server as the user types; the
 * dictionary is asked for once the list is first opened or typed into (`useServerSearch`).
 */
export function CompetencyPicker({ value, onChange, label, required, error, helperText, excludeIds = [] }: Props) {
  const { t } = useTranslation();
  const typing = useServerSearch<CompetencyOption>();
  const result = withPrevious(
    useQuery(CompetenciesQuery, {
      variables: { filter: { search: typing.search || undefined }, page: { offset: 0, limit: 100 } },
      skip: typing.skip,
    }),
  );
  const options = useMemo(() => {
    const all = withChosen(result.data?.competencies.items ?? [], value);
    // Grouped options must be sorted by group; codes are ASCII, so no collation is needed.
    return [...all].sort((a, b) => COMPETENCY_TYPES.indexOf(a.type) - COMPETENCY_TYPES.indexOf(b.type) || compareCodes(a.code, b.code));
  }, [result.data, value]);
  return (
    <Autocomplete
      {...typing.autocomplete}
      options={options}
      value={value}
      loading={typing.loading(result.loading)}
      onChange={(_, c) => onChange(c)}
      groupBy={(c) => t(`competency.type.${c.type}`)}
      getOptionLabel={(c) => `${c.code} · ${c.name}`}
      getOptionDisabled={(c) => excludeIds.includes(c.id) && c.id !== value?.id}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('competency.noneFound')}
      loadingText={t('common.loading')}
      size="small"
      renderOption={({ key, ...props }, c) => (
        <Box component="li" key={key} {...props}>
          <Box component="span" sx={{ fontFamily: 'monospace', mr: 1, color: 'text.secondary', flexShrink: 0 }}>
            {c.code}
          </Box>
          {c.name}
        </Box>
      )}
      renderInput={(params) => <TextField {...params} label={label} required={required} error={!!error} helperText={error ?? helperText} />}
    />
  );
}
