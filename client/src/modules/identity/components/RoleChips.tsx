import { Chip, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';

/** An account's roles as small chips. */
export function RoleChips({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={0.5} component="span" sx={{ flexWrap: 'wrap' }}>
      {roles.map((r) => (
        <Chip key={r} size="small" label={t(`role.${r}`)} />
      ))}
    </Stack>
  );
}
