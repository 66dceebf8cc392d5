import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountFieldsFragment, Role } from '../../../gql/graphql';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { formatNip } from '../../../ui/format';
import { GrantRoleMutation, IssuePasswordMutation, RevokeRoleMutation, SetAccountActiveMutation } from '../graphql/identity';
import { AccountReasonField, accountReasonOk } from './ReasonField';

interface Props {
  account: AccountFieldsFragment;
  onClose: () => void;
  onDone: (message: string) => void;
}

const explainConflict = (t: (k: string) => string) => ({ CONFLICT: t('accounts.lastAdmin'), FORBIDDEN: t('accounts.selfDisable') });

/** Grants one of the roles the server says may be granted, with a reason. */
export function GrantRoleDialog({ account, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role | ''>(account.viewerCan.grantableRoles[0] ?? '');
  const [reason, setReason] = useState('');
  const [grant, { loading, error }] = useMutation(GrantRoleMutation);
  const errors = pathFieldErrors(error, t, 'accounts', { min: 5, max: 500 });
  return (
    <FormDialog
      title={t('accounts.grantTitle')}
      busy={loading}
      error={error}
      canSubmit={!!role && accountReasonOk(reason)}
      submitLabel={t('accounts.grant')}
      onClose={onClose}
      onSubmit={() =>
        role &&
        grant({ variables: { input: { userId: account.id, role, reason } } })
          .then(() => onDone(t('common.saved')))
          .catch(() => undefined)
      }
    >
      {account.viewerCan.grantableRoles.length === 0 ? (
        <Alert severity="info">{t('accounts.noGrantable')}</Alert>
      ) : (
        <TextField
          select
          label={t('accounts.roleToGrant')}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={!!errors.role}
          helperText={errors.role}
        >
          {account.viewerCan.grantableRoles.map((r) => (
            <MenuItem key={r} value={r}>
              {t(`role.${r}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <AccountReasonField value={reason} onChange={setReason} error={errors.reason} />
    </FormDialog>
  );
}

/** Revokes one granted role, with a reason. */
export function RevokeRoleDialog({ account, role, onClose, onDone }: Props & { role: Role }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [revoke, { loading, error }] = useMutation(RevokeRoleMutation);
  const errors = pathFieldErrors(error, t, 'accounts', { min: 5, max: 500 });
  return (
    <FormDialog
      title={t('accounts.revokeTitle', { role: t(`role.${role}`) })}
      busy={loading}
      error={error}
      explain={explainConflict(t)}
      canSubmit={accountReasonOk(reason)}
      submitLabel={t('accounts.revoke', { role: t(`role.${role}`) })}
      onClose={onClose}
      onSubmit={() =>
        revoke({ variables: { input: { userId: account.id, role, reason } } })
          .then(() => onDone(t('common.saved')))
          .catch(() => undefined)
      }
    >
      <AccountReasonField value={reason} onChange={setReason} error={errors.reason} />
    </FormDialog>
  );
}

/** Disables or enables the account, with a reason. */
export function SetActiveDialog({ account, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [setActive, { loading, error }] = useMutation(SetAccountActiveMutation);
  const errors = pathFieldErrors(error, t, 'accounts', { min: 5, max: 500 });
  const disabling = account.active;
  return (
    <FormDialog
      title={t(disabling ? 'accounts.disableTitle' : 'accounts.enableTitle', { name: account.displayName })}
      busy={loading}
      error={error}
      explain={explainConflict(t)}
      canSubmit={accountReasonOk(reason)}
      submitLabel={t(disabling ? 'accounts.disable' : 'accounts.enable')}
      onClose={onClose}
      onSubmit={() =>
        setActive({ variables: { input: { userId: account.id, active: !disabling, reason } } })
          .then(() => onDone(t('common.saved')))
          .catch(() => undefined)
      }
    >
      {disabling && <Typography variant="body2">{t('accounts.disableBody')}</Typography>}
      <AccountReasonField value={reason} onChange={setReason} error={errors.reason ?? errors.active} />
    </FormDialog>
  );
}

/** Gives a first or new password: generated and shown once, or chosen by the administrator. */
export function IssuePasswordDialog({ account, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'generate' | 'choose'>('generate');
  const [password, setPassword] = useState('');
  const [generated, setGenerated] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [issue, { loading, error }] = useMutation(IssuePasswordMutation);
  const errors = pathFieldErrors(error, t, 'accounts', { min: LIMITS.passwordMin, max: LIMITS.passwordMax });
  const tooShort = mode === 'choose' && password.length > 0 && password.length < LIMITS.passwordMin;

  if (generated) {
    return (
      <Dialog open onClose={() => onDone(t('accounts.issued'))} maxWidth="sm" fullWidth>
        <DialogTitle>{t('accounts.generatedTitle')}</DialogTitle>
        <DialogContent dividers>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('accounts.generatedBody', { name: account.displayName })}
          </Alert>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <Typography
              component="output"
              data-testid="generated-password"
              sx={{ fontFamily: 'monospace', fontSize: '1.5rem', letterSpacing: 2 }}
            >
              {generated}
            </Typography>
            <Button
              size="small"
              startIcon={<ContentCopyOutlined />}
              onClick={() =>
                navigator.clipboard?.writeText(generated).then(
                  () => setCopied(true),
                  () => undefined,
                )
              }
            >
              {copied ? t('accounts.copied') : t('accounts.copy')}
            </Button>
          </Box>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {t('accounts.loginWith', { nip: account.employee ? formatNip(account.employee.nip) : '–', username: account.username })}
          </Typography>
        </DialogContent>
        <DialogActions sx={{ px: 3, py: 2 }}>
          <Button variant="contained" onClick={() => onDone(t('accounts.issued'))}>
            {t('common.close')}
          </Button>
        </DialogActions>
      </Dialog>
    );
  }

  return (
    <FormDialog
      title={t('accounts.issueTitle', { name: account.displayName })}
      busy={loading}
      error={error}
      canSubmit={mode === 'generate' || (password.length >= LIMITS.passwordMin && password.length <= LIMITS.passwordMax)}
      submitLabel={account.hasPassword ? t('accounts.reset') : t('accounts.issueFirst')}
      onClose={onClose}
      onSubmit={() =>
        issue({ variables: { input: { userId: account.id, password: mode === 'choose' ? password : null } } })
          .then((result) => {
            const shown = result.data?.issuePassword.generatedPassword;
            if (shown) setGenerated(shown);
            else onDone(t('accounts.issued'));
          })
          .catch(() => undefined)
      }
    >
      <Typography variant="body2">{t('accounts.issueBody')}</Typography>
      <RadioGroup value={mode} onChange={(e) => setMode(e.target.value as 'generate' | 'choose')}>
        <FormControlLabel value="generate" control={<Radio />} label={t('accounts.generate')} />
        <FormControlLabel value="choose" control={<Radio />} label={t('accounts.choose')} />
      </RadioGroup>
      {mode === 'choose' && (
        <TextField
          type="password"
          label={t('accounts.password')}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={!!errors.password || tooShort || password.length > LIMITS.passwordMax}
          helperText={errors.password ?? t('accounts.passwordRule', { min: LIMITS.passwordMin })}
          required
        />
      )}
    </FormDialog>
  );
}
