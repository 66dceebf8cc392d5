import { Autocomplete, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionType } from '../../../gql/graphql';
import { useServerSearch, withChosen } from '../../../ui/useServerSearch';
import { withPrevious } from '../../../ui/withPrevious';
import { PositionListQuery } from '../graphql/competency';

/** Position types from the top down (UU 20/2023). */
export const POSITION_TYPES: PositionType[] = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'FUNGSIONAL',
  'PELAKSANA',
];

export interface PositionOption {
  id: string;
  name: string;
  positionType: PositionType;
  opd?: { name: string } | null;
}

interface Props {
  value: PositionOption | null;
  onChange: (value: PositionOption | null) => void;
  label: string;
  placeholder?: string;
  required?: boolean;
  error?: string;
  helperText?: string;
  /** A position that cannot be picked (e.g. the one being edited). */
  excludeId?: string;
  /** Only positions of this OPD and general ones. */
  opdId?: string;
  disabled?: boolean;
}

/**
 * Picks a position, searching the server as the user types; grouped by position type. The
 * positions are asked for once the list is first opened or typed into (`useServerSearch`).
 */
export function PositionPicker({ value, onChange, label, placeholder, required, error, helperText, excludeId, opdId, disabled }: Props) {
  const { t } = useTranslation();
  const typing = useServerSearch<PositionOption>();
  const result = withPrevious(
    useQuery(PositionListQuery, { variables: { filter: { search: typing.search || undefined, opdId } }, skip: disabled || typing.skip }),
  );
  const options = useMemo(() => {
    const all = withChosen(
      (result.data?.positions ?? []).filter((p) => p.id !== excludeId),
      value,
    );
    // Grouped options must be sorted by group.
    return [...all].sort(
      (a, b) => POSITION_TYPES.indexOf(a.positionType) - POSITION_TYPES.indexOf(b.positionType) || a.name.localeCompare(b.name),
    );
  }, [result.data, value, excludeId]);
  return (
    <Autocomplete
      {...typing.autocomplete}
      options={options}
      value={value}
      disabled={disabled}
      loading={typing.loading(result.loading)}
      onChange={(_, p) => onChange(p)}
      groupBy={(p) => t(`positionType.${p.positionType}`)}
      getOptionLabel={(p) => (p.opd ? `${p.name} (${p.opd.name})` : p.name)}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={t('competency.position.noneFound')}
      loadingText={t('common.loading')}
      size="small"
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          placeholder={placeholder}
          required={required}
          error={!!error}
          helperText={error ?? helperText}
        />
      )}
    />
  );
}
