import CloseOutlined from '@mui/icons-material/CloseOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import PersonAddAlt1Outlined from '@mui/icons-material/PersonAddAlt1Outlined';
import PowerSettingsNewOutlined from '@mui/icons-material/PowerSettingsNewOutlined';
import { Box, Button, Chip, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountFieldsFragment, Role } from '../../../gql/graphql';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { DetailList } from '../../../ui/DetailList';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import { AccountQuery, UnlockAccountMutation } from '../graphql/identity';
import { GrantRoleDialog, IssuePasswordDialog, RevokeRoleDialog, SetActiveDialog } from './AccountDialogs';

/** The account's standing as chips: disabled, locked, waiting for a password, must change it. */
export function AccountStatusChips({
  account,
}: {
  account: Pick<AccountFieldsFragment, 'active' | 'locked' | 'hasPassword' | 'mustChangePassword'>;
}) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={0.5} component="span" sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      {account.active ? (
        <Chip size="small" color="success" variant="outlined" label={t('accounts.statuses.ACTIVE')} />
      ) : (
        <Chip size="small" color="default" label={t('accounts.statuses.DISABLED')} />
      )}
      {account.locked && <Chip size="small" color="error" label={t('accounts.statuses.LOCKED')} />}
      {account.hasPassword === false && <Chip size="small" color="warning" label={t('accounts.statuses.NO_PASSWORD')} />}
      {account.hasPassword && account.mustChangePassword && (
        <Chip size="small" color="info" variant="outlined" label={t('accounts.statuses.MUST_CHANGE_PASSWORD')} />
      )}
    </Stack>
  );
}

/** Roles as chips: the learner role marked as following from the employee link, granted ones revocable. */
function Roles({ account, onRevoke }: { account: AccountFieldsFragment; onRevoke: (role: Role) => void }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
        {account.learns && (
          <Tooltip title={t('accounts.learnerImplied')}>
            <Chip size="small" variant="outlined" label={t('role.LEARNER')} />
          </Tooltip>
        )}
        {account.grantedRoles.map((role) => (
          <Box key={role} component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
            <Chip size="small" color="primary" label={t(`role.${role}`)} />
            {account.viewerCan.revocableRoles.includes(role) && (
              <IconButton size="small" aria-label={t('accounts.revoke', { role: t(`role.${role}`) })} onClick={() => onRevoke(role)}>
                <CloseOutlined fontSize="small" />
              </IconButton>
            )}
          </Box>
        ))}
      </Stack>
      <Typography variant="caption" color="text.secondary">
        {account.learns ? t('accounts.learnerImplied') : t('accounts.notLearner')}
      </Typography>
    </Stack>
  );
}

type Open = { kind: 'grant' } | { kind: 'revoke'; role: Role } | { kind: 'active' } | { kind: 'password' } | null;

/** One account for administrators: its roles, standing and every change they may make, each with a reason where it needs one. */
export function AccountPanel({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const result = useQuery(AccountQuery, { variables: { id: userId } });
  const [open, setOpen] = useState<Open>(null);
  const [unlock, unlocking] = useMutation(UnlockAccountMutation);
  const notice = useNotice();
  const done = (message: string) => {
    setOpen(null);
    notice.show(message);
  };
  return (
    <SectionCard title={t('account.title')}>
      <Cell result={result} loading={<SkeletonRows rows={3} />}>
        {({ account: a }) => (
          <Stack spacing={2}>
            <DetailList
              items={[
                { label: t('accounts.username'), value: a.username },
                { label: t('accounts.standing'), value: <AccountStatusChips account={a} /> },
                { label: t('profile.roles'), value: <Roles account={a} onRevoke={(role) => setOpen({ kind: 'revoke', role })} /> },
                { label: t('accounts.lastLogin'), value: a.lastLoginAt ? formatDateTime(a.lastLoginAt) : t('accounts.never') },
              ]}
            />
            {unlocking.error && <ErrorAlert error={unlocking.error} />}
            {a.viewerCan.manage && (
              <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
                {a.viewerCan.grantableRoles.length > 0 && (
                  <Button variant="outlined" startIcon={<PersonAddAlt1Outlined />} onClick={() => setOpen({ kind: 'grant' })}>
                    {t('accounts.grant')}
                  </Button>
                )}
                {a.active && (
                  <Button
                    variant={a.hasPassword ? 'outlined' : 'contained'}
                    startIcon={<KeyOutlined />}
                    onClick={() => setOpen({ kind: 'password' })}
                  >
                    {a.hasPassword ? t('accounts.reset') : t('accounts.issueFirst')}
                  </Button>
                )}
                {a.locked && (
                  <Button
                    variant="outlined"
                    startIcon={<LockOpenOutlined />}
                    disabled={unlocking.loading}
                    onClick={() =>
                      unlock({ variables: { input: { userId: a.id } } })
                        .then(() => notice.show(t('accounts.unlocked')))
                        .catch(() => undefined)
                    }
                  >
                    {t('accounts.unlock')}
                  </Button>
                )}
                {a.viewerCan.setActive && (
                  <Button
                    variant="outlined"
                    color={a.active ? 'error' : 'primary'}
                    startIcon={<PowerSettingsNewOutlined />}
                    onClick={() => setOpen({ kind: 'active' })}
                  >
                    {a.active ? t('accounts.disable') : t('accounts.enable')}
                  </Button>
                )}
              </Stack>
            )}
            {open?.kind === 'grant' && <GrantRoleDialog account={a} onClose={() => setOpen(null)} onDone={done} />}
            {open?.kind === 'revoke' && <RevokeRoleDialog account={a} role={open.role} onClose={() => setOpen(null)} onDone={done} />}
            {open?.kind === 'active' && <SetActiveDialog account={a} onClose={() => setOpen(null)} onDone={done} />}
            {open?.kind === 'password' && <IssuePasswordDialog account={a} onClose={() => setOpen(null)} onDone={done} />}
          </Stack>
        )}
      </Cell>
      {notice.element}
    </SectionCard>
  );
}
