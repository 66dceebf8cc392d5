import { Grid, InputAdornment, MenuItem, TextField } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { COMMUNITY_LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupFunding, GroupMode, JoinPolicy } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { OpdPicker } from '../../organisation/components/OpdPicker';
import { type CompetencyOption, CompetencyPicker } from '../../competency/components/CompetencyPicker';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { FUNDING_SOURCES, GROUP_MODES, JOIN_POLICIES } from './chips';
import { type EmployeeOption, EmployeePicker } from './EmployeePicker';
import { type MaterialOption, MaterialPicker } from './MaterialPicker';
import { CreateCommunityGroupMutation } from '../graphql/community';

const wholeNumber = (text: string): number | undefined => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** The proposal form: what the group learns, who leads and monitors it, who may join, and its funding. */
export function GroupFormDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState('');
  const [monitor, setMonitor] = useState<EmployeeOption | null>(null);
  const [competency, setCompetency] = useState<CompetencyOption | null>(null);
  const [level, setLevel] = useState(2);
  const [materials, setMaterials] = useState<MaterialOption[]>([]);
  const [capacity, setCapacity] = useState('20');
  const [mode, setMode] = useState<GroupMode>('BLENDED');
  const [joinPolicy, setJoinPolicy] = useState<JoinPolicy>('ANY_OPD');
  const [openOpd, setOpenOpd] = useState('');
  const [plannedStart, setPlannedStart] = useState('');
  const [plannedEnd, setPlannedEnd] = useState('');
  const [sessions, setSessions] = useState('6');
  const [funding, setFunding] = useState<GroupFunding>('MANDIRI');
  const [cost, setCost] = useState('0');
  const [share, setShare] = useState('50');
  const [budget, setBudget] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CreateCommunityGroupMutation, { refetchQueries: ['CommunityGroups'] });
  const errors = pathFieldErrors(error, t, 'community');

  async function submit() {
    setError(null);
    try {
      const result = await create({
        variables: {
          input: {
            name,
            purpose,
            groupMonitorId: monitor?.id,
            competencies: competency ? [{ competencyId: competency.id, level }] : [],
            materialModuleIds: materials.map((m) => m.id),
            capacity: wholeNumber(capacity),
            mode,
            joinPolicy,
            openToOpdIds: joinPolicy === 'LISTED_OPDS' && openOpd ? [openOpd] : undefined,
            plannedStart: plannedStart || undefined,
            plannedEnd: plannedEnd || undefined,
            plannedSessions: wholeNumber(sessions),
            funding,
            costPerParticipant: wholeNumber(cost),
            participantSharePercent: funding === 'COST_SHARING' ? wholeNumber(share) : undefined,
            budgetReference: funding === 'APBD' ? budget.trim() || undefined : undefined,
          },
        },
      });
      if (result.data) onCreated(result.data.createCommunityGroup.id);
    } catch (e) {
      setError(e);
    }
  }

  const date = { inputLabel: { shrink: true } };
  return (
    <FormDialog
      title={t('community.form.title')}
      busy={loading}
      error={error}
      canSubmit={!!name.trim() && purpose.length <= COMMUNITY_LIMITS.purposeMax}
      submitLabel={t('community.form.save')}
      onSubmit={submit}
      onClose={onClose}
      maxWidth="md"
    >
      <TextField
        label={t('community.form.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        error={!!errors.name}
        helperText={errors.name}
      />
      <LimitedTextField
        label={t('community.form.purpose')}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value)}
        required
        multiline
        minRows={2}
        error={!!errors.purpose}
        helperText={errors.purpose}
        maxChars={COMMUNITY_LIMITS.purposeMax}
      />
      <EmployeePicker
        label={t('community.form.monitor')}
        value={monitor}
        onChange={setMonitor}
        required
        error={errors.groupMonitorId}
        helperText={t('community.form.monitorHelp')}
      />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 8 }}>
          <CompetencyPicker
            label={t('community.form.competency')}
            value={competency}
            onChange={setCompetency}
            error={errors.competencies}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            select
            label={t('community.level', { level: '' }).trim()}
            value={level}
            onChange={(e) => setLevel(Number(e.target.value))}
          >
            {[1, 2, 3, 4, 5].map((l) => (
              <MenuItem key={l} value={l}>
                {l}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={12}>
          <MaterialPicker value={materials} onChange={setMaterials} error={errors.materialModuleIds} />
        </Grid>
        <Grid size={{ xs: 6, sm: 4 }}>
          <TextField select label={t('community.modeLabel')} value={mode} onChange={(e) => setMode(e.target.value as GroupMode)}>
            {GROUP_MODES.map((m) => (
              <MenuItem key={m} value={m}>
                {t(`community.mode.${m}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 6, sm: 4 }}>
          <TextField
            label={t('community.form.capacity')}
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
            required
            inputMode="numeric"
            error={!!errors.capacity}
            helperText={errors.capacity}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            select
            label={t('community.whoMayJoin')}
            value={joinPolicy}
            onChange={(e) => setJoinPolicy(e.target.value as JoinPolicy)}
          >
            {JOIN_POLICIES.map((p) => (
              <MenuItem key={p} value={p}>
                {t(`community.joinPolicy.${p}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        {joinPolicy === 'LISTED_OPDS' && (
          <Grid size={12}>
            <OpdPicker value={openOpd} onChange={setOpenOpd} required error={errors.openToOpdIds} />
          </Grid>
        )}
        <Grid size={{ xs: 6, sm: 4 }}>
          <TextField
            type="date"
            label={t('community.form.start')}
            value={plannedStart}
            onChange={(e) => setPlannedStart(e.target.value)}
            required
            slotProps={date}
            error={!!errors.plannedStart}
            helperText={errors.plannedStart}
          />
        </Grid>
        <Grid size={{ xs: 6, sm: 4 }}>
          <TextField
            type="date"
            label={t('community.form.end')}
            value={plannedEnd}
            onChange={(e) => setPlannedEnd(e.target.value)}
            required
            slotProps={date}
            error={!!errors.plannedEnd}
            helperText={errors.plannedEnd}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            label={t('community.form.sessions')}
            value={sessions}
            onChange={(e) => setSessions(e.target.value)}
            required
            inputMode="numeric"
            error={!!errors.plannedSessions}
            helperText={errors.plannedSessions}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            select
            label={t('community.fundingLabel')}
            value={funding}
            onChange={(e) => setFunding(e.target.value as GroupFunding)}
          >
            {FUNDING_SOURCES.map((f) => (
              <MenuItem key={f} value={f}>
                {t(`community.funding.${f}`)}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 4 }}>
          <TextField
            label={t('community.cost')}
            value={cost}
            onChange={(e) => setCost(e.target.value)}
            inputMode="numeric"
            error={!!errors.costPerParticipant}
            helperText={errors.costPerParticipant ?? t('community.form.costHelp')}
            slotProps={{ input: { startAdornment: <InputAdornment position="start">Rp</InputAdornment> } }}
          />
        </Grid>
        {funding === 'COST_SHARING' && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              label={t('community.share')}
              value={share}
              onChange={(e) => setShare(e.target.value)}
              inputMode="numeric"
              error={!!errors.participantSharePercent}
              helperText={errors.participantSharePercent ?? t('community.form.shareHelp')}
              slotProps={{ input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } }}
            />
          </Grid>
        )}
        {funding === 'APBD' && (
          <Grid size={{ xs: 12, sm: 4 }}>
            <TextField
              label={t('community.budgetReference')}
              value={budget}
              onChange={(e) => setBudget(e.target.value)}
              required
              error={!!errors.budgetReference}
              helperText={errors.budgetReference ?? t('community.form.budgetHelp')}
            />
          </Grid>
        )}
      </Grid>
    </FormDialog>
  );
}
