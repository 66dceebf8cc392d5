import { Alert, Autocomplete, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployeeQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AccountPanel } from '../../identity/components/AccountPanel';
import { ReferenceQuery, SetSupervisedOpdsMutation } from '../graphql/organisation';
import { SectionCard } from '../../../ui/SectionCard';

type Account = NonNullable<EmployeeQuery['employee']['account']>;

/**
 * The employee's login account, for administrators: roles, standing and the changes they may make
 * (from identity's account panel), and the OPDs a supervisor monitors.
 */
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
    <Stack spacing={2}>
      <AccountPanel userId={account.id} />
      {supervisor && (
        <SectionCard title={t('account.supervisedOpds')}>
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
        </SectionCard>
      )}
    </Stack>
  );
}
