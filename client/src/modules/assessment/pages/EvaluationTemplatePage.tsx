import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, IconButton, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackButton } from '../../../ui/BackButton';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrors } from '../../../ui/fieldErrors';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import type { EvaluationTemplateQuery } from '../../../gql/graphql';
import { EvaluationTemplateQuery as TemplateQuery, UpdateEvaluationTemplateMutation } from '../graphql/evaluation';

interface Row {
  /** The server's id; null for a new statement. */
  id: string | null;
  key: string;
  text: string;
}

function Editor({ form }: { form: EvaluationTemplateQuery['evaluationTemplate'] }) {
  const initial = form.items;
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => initial.map((i) => ({ id: i.id, key: i.id, text: i.text })));
  const [error, setError] = useState<unknown>(null);
  const [save, saving] = useMutation(UpdateEvaluationTemplateMutation, { refetchQueries: ['EvaluationTemplate'] });
  const notice = useNotice({ top: true });
  const errors = error ? fieldErrors(error, t) : {};
  const blank = rows.some((r) => !r.text.trim());
  const update = (key: string, text: string) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, text } : r)));
  return (
    <Stack spacing={2}>
      <Alert severity="info">{t('assessment.evaluation.formHelp')}</Alert>
      {rows.map((row, i) => (
        <Box key={row.key} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <LimitedTextField
            label={t('assessment.evaluation.statementN', { n: i + 1 })}
            value={row.text}
            onChange={(e) => update(row.key, e.target.value)}
            maxChars={form.itemTextMax}
            error={!!errors[`items.${i}.text`]}
            multiline
            fullWidth
            required
          />
          <IconButton
            aria-label={t('assessment.evaluation.removeStatement', { n: i + 1 })}
            onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
            disabled={rows.length === 1}
            sx={{ mt: 1 }}
          >
            <DeleteOutline />
          </IconButton>
        </Box>
      ))}
      <Box>
        <Button
          startIcon={<AddOutlined />}
          disabled={rows.length >= form.itemsMax}
          onClick={() => setRows((rs) => [...rs, { id: null, key: `new-${Date.now()}`, text: '' }])}
        >
          {t('assessment.evaluation.addStatement')}
        </Button>
      </Box>
      {error != null && <ErrorAlert error={error} />}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          disabled={saving.loading || blank || rows.some((r) => r.text.length > form.itemTextMax)}
          onClick={() =>
            void save({ variables: { input: { items: rows.map((r) => ({ id: r.id, text: r.text })) } } })
              .then((res) => {
                setError(null);
                setRows((res.data?.updateEvaluationTemplate.items ?? []).map((it) => ({ id: it.id, key: it.id, text: it.text })));
                notice.show(t('assessment.evaluation.formSaved'));
              })
              .catch(setError)
          }
        >
          {t('assessment.evaluation.saveForm')}
        </Button>
        {blank && (
          <Typography variant="body2" color="text.secondary">
            {t('assessment.evaluation.blankStatement')}
          </Typography>
        )}
      </Stack>
      {notice.element}
    </Stack>
  );
}

/** The administrator's evaluation form: Likert statements participants answer 1 to 5 after a module. */
export function EvaluationTemplatePage() {
  const { t } = useTranslation();
  const result = useQuery(TemplateQuery);
  return (
    <>
      <BackButton fallback="/pelatih/evaluasi" />
      <PageHeader title={t('assessment.evaluation.formTitle')} subtitle={t('assessment.evaluation.formSubtitle')} />
      <SectionCard title={t('assessment.evaluation.statements')}>
        <Cell result={result} loading={<SkeletonRows rows={5} height={56} />}>
          {({ evaluationTemplate }) => <Editor form={evaluationTemplate} />}
        </Cell>
      </SectionCard>
    </>
  );
}
