import { TextField, Typography } from '@mui/material';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { PLACEMENT_LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrorList } from '../../../ui/errors';
import { fieldErrors } from '../../../ui/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { formatDate, localToday } from '../../../ui/format';
import { ReasonField } from '../../../ui/ReasonField';
import { CorrectPlacementStartMutation } from '../graphql/organisation';

export interface HeldRecord {
  id: string;
  fromDate: string;
  toDate?: string | null;
  position: { name: string };
  opd: { name: string };
}

/**
 * Corrects the first day of a position held, with a reason kept in the audit trail. The server
 * decides which days are allowed (not after today, before the record's end, after the previous
 * record began) and moves the previous record's end with it; its refusals show on the fields.
 * The start shown is sent as the one expected: when another administrator changed the record
 * meanwhile, nothing is saved, the dialog says so and the list is read again, so `held` (taken
 * from the list) shows the current days and the next save expects them.
 */
export function CorrectPlacementStartDialog({ held, onClose, onSaved }: { held: HeldRecord; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [fromDate, setFromDate] = useState(held.fromDate);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  // The record's new start comes back with the answer; the previous record's end with the list read again.
  const [correct, { loading }] = useMutation(CorrectPlacementStartMutation, { refetchQueries: ['PositionHistory'] });
  const client = useApolloClient();
  const errors = fieldErrors(error, t);
  const changed = fieldErrorList(error).find((f) => f.rule === 'START_CHANGED');
  const reasonShort = reason.trim().length < PLACEMENT_LIMITS.reasonMin;

  async function submit() {
    setError(null);
    try {
      await correct({
        variables: { input: { placementId: held.id, expectedFromDate: held.fromDate, fromDate, reason: reason.trim() } },
      });
      onSaved();
    } catch (e) {
      setError(e);
      if (errorCode(e) === 'CONFLICT') await client.refetchQueries({ include: ['PositionHistory'] });
    }
  }

  return (
    <FormDialog
      title={t('employees.correctStartTitle')}
      busy={loading}
      error={error}
      explain={{
        CONFLICT: changed
          ? t('employees.correctStartChanged', { from: formatDate(String(changed.params?.date)) })
          : t('employees.correctStartChangedUnknown'),
      }}
      canSubmit={reason.length <= PLACEMENT_LIMITS.reasonMax}
      missing={[!fromDate && t('employees.correctStartDate'), reasonShort && t('employees.correctStartReason')].filter(
        (f): f is string => !!f,
      )}
      onSubmit={() => void submit()}
      onClose={onClose}
      maxWidth="xs"
    >
      <Typography variant="body2">
        <strong>{held.position.name}</strong>
        {' · '}
        {held.opd.name}
        <br />
        {held.toDate
          ? t('employees.heldFromTo', { from: formatDate(held.fromDate), to: formatDate(held.toDate) })
          : t('employees.heldSince', { from: formatDate(held.fromDate) })}
      </Typography>
      <TextField
        label={t('employees.correctStartDate')}
        type="date"
        required
        value={fromDate}
        onChange={(e) => setFromDate(e.target.value)}
        error={!!errors.fromDate}
        helperText={errors.fromDate ?? t('employees.correctStartDateHelp')}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: localToday() } }}
      />
      <ReasonField
        label={t('employees.correctStartReason')}
        help={t('employees.correctStartReasonHelp', { min: PLACEMENT_LIMITS.reasonMin })}
        limits={PLACEMENT_LIMITS}
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
    </FormDialog>
  );
}
