import { Button, MenuItem, TextField, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type PositionOption, PositionPicker } from '../../competency/components/PositionPicker';
import { errorCode } from '../../../ui/errors';
import { ExplainedErrorAlert } from '../../../ui/ExplainedErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { DevelopmentPlansQuery, ProposeDevelopmentPlanMutation } from '../graphql/plans';

interface Props {
  employeeId: string;
  onClose: () => void;
  onCreated: (id: string) => void;
}

/** Drafts the yearly plan from the competency gap, optionally also towards a target position. */
export function ProposePlanDialog({ employeeId, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [target, setTarget] = useState<PositionOption | null>(null);
  const [propose, { loading }] = useMutation(ProposeDevelopmentPlanMutation, { refetchQueries: ['DevelopmentPlans'] });
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'plan');
  const conflict = error != null && errorCode(error) === 'CONFLICT';
  // The user's own plans, to link to the one that blocks a new draft of the same year.
  const own = useQuery(DevelopmentPlansQuery, { variables: { filter: { employeeId }, page: { offset: 0, limit: 10 } }, skip: !conflict });
  const existingPlan = own.data?.developmentPlans.items.find((p) => p.year === year);

  async function submit() {
    setError(null);
    try {
      const result = await propose({ variables: { input: { employeeId, year, targetPositionId: target?.id } } });
      onCreated(result.data!.proposeDevelopmentPlan.id);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <FormDialog
      title={t('plan.propose.title')}
      busy={loading}
      error={conflict ? null : error}
      canSubmit
      submitLabel={t('plan.propose.submit')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {conflict && (
        <ExplainedErrorAlert
          error={error}
          explain={{ CONFLICT: t('plan.propose.existsBody') }}
          title={t('plan.propose.exists', { year })}
          action={
            existingPlan && (
              <Button color="inherit" size="small" component={Link} to={`/rencana/${existingPlan.id}`} sx={{ whiteSpace: 'nowrap' }}>
                {t('plan.propose.open')}
              </Button>
            )
          }
        />
      )}
      <Typography variant="body2" color="text.secondary">
        {t('plan.propose.explain')}
      </Typography>
      <TextField
        select
        label={t('plan.year')}
        value={year}
        onChange={(e) => setYear(Number(e.target.value))}
        error={!!errors.year}
        helperText={errors.year}
      >
        {[thisYear, thisYear + 1].map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </TextField>
      <PositionPicker
        label={t('plan.targetPosition')}
        value={target}
        onChange={setTarget}
        error={errors.targetPositionId}
        helperText={t('plan.propose.targetHelp')}
      />
    </FormDialog>
  );
}
