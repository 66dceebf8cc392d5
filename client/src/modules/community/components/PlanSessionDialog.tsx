import { TextField } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../ui/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { localToday } from '../../../ui/format';
import { PlanGroupSessionMutation } from '../graphql/sessions';

/** "YYYY-MM-DD" and "HH:MM" on this device's clock as an instant. */
function instant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00`);
}

/** The group trainer plans a session: topic, day and hours, and a place (with optional coordinates) or a meeting link. */
export function PlanSessionDialog({
  groupId,
  mode,
  onClose,
  onDone,
}: {
  groupId: string;
  mode: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [plan, planning] = useMutation(PlanGroupSessionMutation, {
    refetchQueries: ['GroupSessions', 'AttendanceGrid', 'GroupMonitoring'],
  });
  const [form, setForm] = useState({
    topic: '',
    date: localToday(),
    from: '13:00',
    to: '15:00',
    placeName: '',
    latitude: '',
    longitude: '',
    radiusMeters: '',
    meetingUrl: '',
  });
  const [error, setError] = useState<unknown>(null);
  const errors = fieldErrors(error, t);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
  const submit = async () => {
    setError(null);
    try {
      await plan({
        variables: {
          input: {
            groupId,
            topic: form.topic,
            startsAt: instant(form.date, form.from).toISOString(),
            endsAt: instant(form.date, form.to).toISOString(),
            placeName: form.placeName.trim() || null,
            latitude: number(form.latitude),
            longitude: number(form.longitude),
            radiusMeters: number(form.radiusMeters),
            meetingUrl: form.meetingUrl.trim() || null,
          },
        },
      });
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <FormDialog
      title={t('community.session.planTitle')}
      busy={planning.loading}
      error={error}
      canSubmit={form.topic.trim().length >= 3}
      onSubmit={submit}
      onClose={onClose}
      submitLabel={t('community.session.plan')}
    >
      <TextField
        label={t('community.session.topic')}
        value={form.topic}
        onChange={set('topic')}
        required
        error={!!errors.topic}
        helperText={errors.topic}
      />
      <TextField
        label={t('community.session.date')}
        type="date"
        value={form.date}
        onChange={set('date')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        label={t('community.session.from')}
        type="time"
        value={form.from}
        onChange={set('from')}
        slotProps={{ inputLabel: { shrink: true } }}
        error={!!errors.startsAt}
        helperText={errors.startsAt}
      />
      <TextField
        label={t('community.session.to')}
        type="time"
        value={form.to}
        onChange={set('to')}
        slotProps={{ inputLabel: { shrink: true } }}
        error={!!errors.endsAt}
        helperText={errors.endsAt}
      />
      {mode !== 'ONLINE' && (
        <>
          <TextField
            label={t('community.session.place')}
            value={form.placeName}
            onChange={set('placeName')}
            error={!!errors.placeName}
            helperText={errors.placeName}
          />
          <TextField
            label={t('community.session.latitude')}
            value={form.latitude}
            onChange={set('latitude')}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            error={!!errors.latitude}
            helperText={errors.latitude ?? t('community.session.coordinatesHelp')}
          />
          <TextField
            label={t('community.session.longitude')}
            value={form.longitude}
            onChange={set('longitude')}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            error={!!errors.longitude}
            helperText={errors.longitude}
          />
          <TextField
            label={t('community.session.radius')}
            value={form.radiusMeters}
            onChange={set('radiusMeters')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            error={!!errors.radiusMeters}
            helperText={errors.radiusMeters}
          />
        </>
      )}
      {mode !== 'OFFLINE' && (
        <TextField
          label={t('community.session.meetingUrl')}
          value={form.meetingUrl}
          onChange={set('meetingUrl')}
          type="url"
          error={!!errors.meetingUrl}
          helperText={errors.meetingUrl}
        />
      )}
    </FormDialog>
  );
}
