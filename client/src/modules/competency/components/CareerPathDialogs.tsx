import { FormControlLabel, Radio, RadioGroup } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { COMPETENCY_LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { AddCareerPathMutation, RemoveCareerPathMutation } from '../graphql/competency';
import { type PositionOption, PositionPicker } from './PositionPicker';

/** Adds a career-path link from this position to another (or from another to this one). */
export function AddCareerPathDialog({ position, onClose }: { position: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<'to' | 'from'>('to');
  const [other, setOther] = useState<PositionOption | null>(null);
  const [note, setNote] = useState('');
  const [add, { loading }] = useMutation(AddCareerPathMutation, { refetchQueries: ['CareerPaths'], awaitRefetchQueries: true });
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'competency');
  async function submit() {
    if (!other) return;
    setError(null);
    const ends =
      direction === 'to'
        ? { fromPositionId: position.id, toPositionId: other.id }
        : { fromPositionId: other.id, toPositionId: position.id };
    try {
      await add({ variables: { input: { ...ends, note: note.trim() || null } } });
      onClose();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <FormDialog
      title={t('competency.career.addTitle')}
      busy={loading}
      error={error}
      explain={{
        CONFLICT: t('competency.career.exists', {
          from: direction === 'to' ? position.name : other?.name,
          to: direction === 'to' ? other?.name : position.name,
        }),
        NOT_FOUND: t('competency.career.gone'),
      }}
      canSubmit={!!other && note.length <= COMPETENCY_LIMITS.careerPathNoteMax}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <RadioGroup
        value={direction}
        onChange={(e) => setDirection(e.target.value as 'to' | 'from')}
        aria-label={t('competency.career.direction')}
      >
        <FormControlLabel value="to" control={<Radio />} label={t('competency.career.directionTo', { name: position.name })} />
        <FormControlLabel value="from" control={<Radio />} label={t('competency.career.directionFrom', { name: position.name })} />
      </RadioGroup>
      <PositionPicker
        label={direction === 'to' ? t('competency.career.target') : t('competency.career.source')}
        required
        value={other}
        onChange={setOther}
        excludeId={position.id}
        error={errors.toPositionId ?? errors.fromPositionId}
      />
      <LimitedTextField
        maxChars={COMPETENCY_LIMITS.careerPathNoteMax}
        label={t('competency.career.note')}
        multiline
        minRows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={!!errors.note}
        helperText={errors.note ?? t('competency.career.noteHelp')}
      />
    </FormDialog>
  );
}

export function RemoveCareerPathDialog({
  link,
  onClose,
}: {
  link: { id: string; from: { name: string }; to: { name: string } };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemoveCareerPathMutation, { refetchQueries: ['CareerPaths'], awaitRefetchQueries: true });
  const [error, setError] = useState<unknown>(null);
  return (
    <ConfirmDialog
      title={t('competency.career.removeTitle')}
      body={t('competency.career.removeBody', { from: link.from.name, to: link.to.name })}
      confirmLabel={t('competency.career.remove')}
      destructive
      busy={loading}
      error={error}
      explain={{ NOT_FOUND: t('competency.career.gone') }}
      onClose={onClose}
      onConfirm={() => remove({ variables: { input: { id: link.id } } }).then(onClose, setError)}
    />
  );
}
