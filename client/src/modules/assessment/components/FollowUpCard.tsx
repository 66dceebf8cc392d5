import { Button, FormControl, FormControlLabel, FormLabel, List, ListItem, ListItemText, Radio, RadioGroup } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetencyApplied, DueFollowUpsQuery as Due } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { formatDate, formatNip } from '../../../ui/format';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import { AnswerFollowUpMutation, DueFollowUpsQuery } from '../graphql/evaluation';

type Item = Due['dueFollowUps']['items'][number];
const CHOICES: CompetencyApplied[] = ['APPLIED', 'PARTLY', 'NOT_APPLIED'];

function FollowUpDialog({ item, noteMax, onClose, onSent }: { item: Item; noteMax: number; onClose: () => void; onSent: () => void }) {
  const { t } = useTranslation();
  const [applied, setApplied] = useState<CompetencyApplied | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [answer, answering] = useMutation(AnswerFollowUpMutation, { refetchQueries: ['DueFollowUps'], awaitRefetchQueries: true });
  return (
    <FormDialog
      title={t('assessment.followUp.dialogTitle', { name: item.employeeName })}
      busy={answering.loading}
      error={error}
      explain={{ CONFLICT: t('assessment.followUp.conflict') }}
      canSubmit={applied !== null && note.length <= noteMax}
      missing={applied === null ? [t('assessment.followUp.question')] : []}
      submitLabel={t('assessment.followUp.send')}
      onSubmit={() =>
        void answer({
          variables: { input: { employeeId: item.employeeId, moduleId: item.moduleId, applied: applied!, note: note.trim() || null } },
        })
          .then(onSent)
          .catch(setError)
      }
      onClose={onClose}
    >
      <ListItemText
        primary={item.moduleTitle}
        secondary={[
          t('assessment.followUp.completedOn', { date: formatDate(item.completedAt) }),
          ...(item.competencies.length ? [item.competencies.join(', ')] : []),
        ].join(' · ')}
      />
      <FormControl component="fieldset" required>
        <FormLabel component="legend" sx={{ color: 'text.primary' }}>
          {t('assessment.followUp.question')}
        </FormLabel>
        <RadioGroup value={applied ?? ''} onChange={(e) => setApplied(e.target.value as CompetencyApplied)}>
          {CHOICES.map((c) => (
            <FormControlLabel key={c} value={c} control={<Radio />} label={t(`assessment.followUp.choice.${c}`)} />
          ))}
        </RadioGroup>
      </FormControl>
      <LimitedTextField
        label={t('assessment.followUp.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxChars={noteMax}
        multiline
        minRows={2}
      />
    </FormDialog>
  );
}

/** On a supervisor's home: modules their employees completed months ago, to say whether they apply them. Nothing when none. */
export function FollowUpCard() {
  const { t } = useTranslation();
  const { data } = useQuery(DueFollowUpsQuery);
  const [open, setOpen] = useState<Item | null>(null);
  const notice = useNotice();
  const due = data?.dueFollowUps;
  if (!due || due.items.length === 0) return notice.element;
  return (
    <SectionCard title={t('assessment.followUp.cardTitle')} data-testid="follow-ups">
      <ListItemText secondary={t('assessment.followUp.cardBody', { months: due.months, open: due.openMonths })} />
      <List dense disablePadding>
        {due.items.map((item) => (
          <ListItem key={`${item.employeeId}:${item.moduleId}`} disableGutters divider sx={{ flexWrap: 'wrap', gap: 1 }}>
            <ListItemText
              primary={`${item.employeeName} · ${item.moduleTitle}`}
              secondary={[
                formatNip(item.nip),
                t('assessment.followUp.completedOn', { date: formatDate(item.completedAt) }),
                t('assessment.followUp.closesOn', { date: formatDate(item.closesOn) }),
              ].join(' · ')}
              slotProps={{ primary: { sx: { overflowWrap: 'anywhere', fontWeight: 500 } } }}
              sx={{ flex: '1 1 240px' }}
            />
            <Button
              variant="outlined"
              size="small"
              aria-label={t('assessment.followUp.answerFor', { name: item.employeeName, title: item.moduleTitle })}
              onClick={() => setOpen(item)}
            >
              {t('assessment.followUp.answer')}
            </Button>
          </ListItem>
        ))}
      </List>
      {open && (
        <FollowUpDialog
          item={open}
          noteMax={due.noteMax}
          onClose={() => setOpen(null)}
          onSent={() => {
            setOpen(null);
            notice.show(t('assessment.followUp.saved'));
          }}
        />
      )}
      {notice.element}
    </SectionCard>
  );
}
