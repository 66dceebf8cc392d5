import { Alert, Autocomplete, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeQueryQuery } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { RoleChips } from '../../identity/components/RoleChips';
import { ReferenceQuery, SetSupervisedOpdsMutation } from '../graphql/organisation';
import { SectionCard } from '../../../ui/SectionCard';

type Account = NonNullable<EmployeeQueryQuery['employee']['account']>;

/** The employee's login account, for administrators: roles, and the OPDs a supervisor monitors. */
export function AccountCard({ account }: { account: Account }) {
  const { t } = useTranslation();
  const reference = useQuery(ReferenceQuery);
  const [opds, setOpds] = useState(account.supervisedOpds.map((o) => o.id));
  const [save, saving] = useMutation(SetSupervisedOpdsMutation);
  const [done, setDone] = useState(false);
  const supervisor = account.roles.includes('SUPERVISOR');
  const sorted = (ids: string[]) => [...ids].sort().join();
  const changed = sorted(opds) !== sorted(account.supervisedOpds.map((o) => o.id));
  const options = reference.data?.opds ?? [];
  return (
    <SectionCard title={t('account.title')}>
      <DetailList
        items={[
          { label: t('profile.username'), value: account.username },
          { label: t('profile.roles'), value: <RoleChips roles={account.roles} /> },
          { label: t('account.lastLogin'), value: account.lastLoginAt ? formatDateTime(account.lastLoginAt) : t('account.never') },
        ]}
      />
      {supervisor && (
        <Box sx={{ mt: 3 }}>
          <Typography variant="h3" gutterBottom>
            {t('account.supervisedOpds')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            {t('account.supervisedHelp')}
          </Typography>
          <Stack spacing={1.5}>
            {saving.error && <ErrorAlert error={saving.error} />}
            {done && !changed && <Alert severity="success">{t('common.saved')}</Alert>}
            <Autocomplete
              multiple
              options={options}
              loading={reference.loading}
              value={options.filter((o) => opds.includes(o.id))}
              onChange={(_, value) => {
                setOpds(value.map((o) => o.id));
                setDone(false);
              }}
              getOptionLabel={(o) => o.name}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              size="small"
              renderInput={(params) => <TextField {...params} label={t('account.opds')} />}
            />
            <Button
              variant="contained"
              sx={{ alignSelf: 'flex-start' }}
              disabled={!changed || saving.loading}
              startIcon={saving.loading ? <CircularProgress size={18} color="inherit" /> : undefined}
              onClick={() =>
                save({ variables: { input: { userId: account.id, opdIds: opds } } })
                  .then(() => setDone(true))
                  .catch(() => undefined)
              }
            >
              {t('common.save')}
            </Button>
          </Stack>
        </Box>
      )}
    </SectionCard>
  );
}
