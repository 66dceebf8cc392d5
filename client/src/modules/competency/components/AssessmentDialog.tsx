import {
  Box,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Skeleton,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { COMPETENCY_LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentMethod } from '../../../gql/graphql';
import { FileUpload } from '../../../ui/FileUpload';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { localToday } from '../../../ui/format';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import type { UploadedFile } from '../../../ui/uploadFile';
import { UploadedFileCard } from '../../../ui/UploadedFileCard';
import { CompetencyQuery, RecordCompetencyAssessmentMutation } from '../graphql/competency';
import { LEVELS } from './chips';
import { type CompetencyOption, CompetencyPicker } from './CompetencyPicker';
import { EVIDENCE_FILE_ACCEPT } from './EvidenceFile';

interface Props {
  employeeId: string;
  employeeName: string;
  /** Methods this viewer may record, the first being the default. */
  methods: AssessmentMethod[];
  competency?: CompetencyOption | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Level descriptions of the chosen competency, so the assessor can pick the level that fits. */
function LevelChoice({
  competencyId,
  value,
  onChange,
  error,
}: {
  competencyId: string | null;
  value: number | null;
  onChange: (level: number) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const result = useQuery(CompetencyQuery, { variables: { id: competencyId ?? '' }, skip: !competencyId });
  const levels = result.data?.competency.levels ?? [];
  return (
    <FormControl error={!!error} required>
      <FormLabel id="assessment-level">{t('competency.assess.level')}</FormLabel>
      {!competencyId && <FormHelperText>{t('competency.assess.chooseCompetencyFirst')}</FormHelperText>}
      {competencyId && !result.data && <Skeleton variant="rounded" height={160} sx={{ mt: 1 }} />}
      {competencyId && result.data && (
        <RadioGroup aria-labelledby="assessment-level" value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))}>
          {LEVELS.map((level) => {
            const description = levels.find((l) => l.level === level)?.description;
            return (
              <FormControlLabel
                key={level}
                value={level}
                control={<Radio />}
                sx={{ alignItems: 'flex-start', mt: 1, mr: 0, '& .MuiRadio-root': { pt: 0.25 } }}
                label={
                  <Box>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {t('competency.levelN', { level })}
                    </Typography>
                    {description && (
                      <Typography variant="body2" color="text.secondary">
                        {description}
                      </Typography>
                    )}
                  </Box>
                }
              />
            );
          })}
        </RadioGroup>
      )}
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}

/** Records evidence of a competency level: a self-assessment, a supervisor's, or an official result. */
export function AssessmentDialog({ employeeId, employeeName, methods, competency: initial, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const today = localToday();
  const [competency, setCompetency] = useState<CompetencyOption | null>(initial ?? null);
  const [method, setMethod] = useState<AssessmentMethod>(methods[0]);
  const [level, setLevel] = useState<number | null>(null);
  const [date, setDate] = useState(today);
  const [evidence, setEvidence] = useState('');
  const [file, setFile] = useState<UploadedFile | null>(null);
  const [uploading, setUploading] = useState(false);
  const [validUntil, setValidUntil] = useState('');
  const [record, { loading }] = useMutation(RecordCompetencyAssessmentMutation, {
    refetchQueries: ['CompetencyGap', 'CompetencyProfile', 'CompetencyAssessments'],
    awaitRefetchQueries: true,
  });
  const [error, setError] = useState<unknown>(null);
  const errors = pathFieldErrors(error, t, 'competency');
  const futureDate = date > today;
  // Self-assessments keep the standard validity window; other methods may carry the certificate's own end date.
  const withValidUntil = method !== 'SELF';
  const expiresEarly = withValidUntil && !!validUntil && !!date && validUntil < date;

  async function submit() {
    if (!competency || !level) return;
    setError(null);
    try {
      await record({
        variables: {
          input: {
            employeeId,
            competencyId: competency.id,
            level,
            method,
            // Left out when unchanged, so "today" is the server's today.
            ...(date !== today ? { assessedOn: date } : {}),
            ...(withValidUntil && validUntil ? { validUntil } : {}),
            evidence: evidence.trim() || null,
            evidenceFileId: file?.id ?? null,
          },
        },
      });
      onSaved();
    } catch (e) {
      setError(e);
    }
  }

  const title = method === 'SELF' ? t('competency.assess.selfTitle') : t('competency.assess.otherTitle', { name: employeeName });
  return (
    <FormDialog
      title={title}
      busy={loading}
      error={error}
      explain={{
        FORBIDDEN: method === 'SELF' ? t('competency.assess.forbiddenSelf') : t('competency.assess.forbidden', { name: employeeName }),
      }}
      canSubmit={
        !!competency && !!level && !!date && !futureDate && !expiresEarly && !uploading && evidence.length <= COMPETENCY_LIMITS.evidenceMax
      }
      submitLabel={t('competency.assess.submit')}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <CompetencyPicker
        label={t('competency.standard.competency')}
        required
        value={competency}
        onChange={(c) => {
          setCompetency(c);
          setLevel(null);
        }}
        error={errors.competencyId}
      />
      {methods.length > 1 && (
        <TextField
          select
          label={t('competency.assess.method')}
          value={method}
          onChange={(e) => setMethod(e.target.value as AssessmentMethod)}
          error={!!errors.method}
          helperText={errors.method}
        >
          {methods.map((m) => (
            <MenuItem key={m} value={m}>
              {t(`competency.method.${m}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <LevelChoice competencyId={competency?.id ?? null} value={level} onChange={setLevel} error={errors.level} />
      <TextField
        type="date"
        label={t('competency.assess.date')}
        required
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={!!errors.assessedOn || futureDate}
        helperText={errors.assessedOn ?? (futureDate ? t('competency.rules.FUTURE_DATE') : undefined)}
        slotProps={{ htmlInput: { max: today }, inputLabel: { shrink: true } }}
      />
      {withValidUntil && (
        <TextField
          type="date"
          label={t('competency.assess.validUntil')}
          value={validUntil}
          onChange={(e) => setValidUntil(e.target.value)}
          error={!!errors.validUntil || expiresEarly}
          helperText={errors.validUntil ?? (expiresEarly ? t('competency.rules.BEFORE_ASSESSMENT') : t('competency.assess.validUntilHelp'))}
          slotProps={{ htmlInput: { min: date || undefined }, inputLabel: { shrink: true } }}
        />
      )}
      <LimitedTextField
        maxChars={COMPETENCY_LIMITS.evidenceMax}
        label={t('competency.assess.evidence')}
        multiline
        minRows={3}
        value={evidence}
        onChange={(e) => setEvidence(e.target.value)}
        error={!!errors.evidence}
        helperText={errors.evidence ?? t('competency.assess.evidenceHelp')}
      />
      <Box role="group" aria-label={t('competency.evidenceFile.label')}>
        <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }}>
          {t('competency.evidenceFile.label')}
        </Typography>
        {file && (
          <Box sx={{ mb: 1 }}>
            <UploadedFileCard
              file={file}
              linkLabel={t('competency.evidenceFile.download', { name: file.name })}
              onRemove={() => setFile(null)}
              removeLabel={t('competency.evidenceFile.remove', { name: file.name })}
              testId="evidence-file"
            />
          </Box>
        )}
        <FileUpload
          label={file ? t('competency.evidenceFile.replace') : t('competency.evidenceFile.upload')}
          accept={EVIDENCE_FILE_ACCEPT}
          onUploaded={setFile}
          onBusyChange={setUploading}
        />
        <FormHelperText error={!!errors.evidenceFileId}>{errors.evidenceFileId ?? t('competency.evidenceFile.help')}</FormHelperText>
      </Box>
    </FormDialog>
  );
}
