import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Alert, Button, List, ListItem, ListItemText, MenuItem, TextField, Typography } from '@mui/material';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportGiftMutation as ImportGiftResult } from '../../../gql/graphql';
import { FormDialog } from '../../../ui/FormDialog';
import { ImportGiftMutation } from '../graphql/assessment';

/** The largest GIFT file read (the server refuses more). */
const GIFT_MAX_CHARS = 1_000_000;

/**
 * Importing a GIFT file (chosen from the device or pasted): the questions that read well are
 * added, each other one is listed with its line, so the trainer can mend the file and import again.
 */
export function GiftImportDialog({
  categories,
  onClose,
  onImported,
}: {
  categories: { id: string; name: string }[];
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [categoryId, setCategoryId] = useState('');
  const [run, running] = useMutation(ImportGiftMutation);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<ImportGiftResult['importGiftQuestions'] | null>(null);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setText((await file.text()).slice(0, GIFT_MAX_CHARS));
  };
  const submit = async () => {
    setError(null);
    try {
      const response = await run({ variables: { input: { text, categoryId: categoryId || null } } });
      setResult(response.data!.importGiftQuestions);
      onImported();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <FormDialog
      title={t('assessment.gift.title')}
      busy={running.loading}
      error={error}
      canSubmit={!!text.trim()}
      submitLabel={t('assessment.gift.import')}
      onSubmit={() => void submit()}
      onClose={onClose}
      maxWidth="md"
    >
      <Typography variant="body2" color="text.secondary">
        {t('assessment.gift.help')}
      </Typography>
      <Button component="label" variant="outlined" startIcon={<UploadFileOutlined />} sx={{ alignSelf: 'flex-start' }}>
        {t('assessment.gift.chooseFile')}
        <input hidden type="file" accept=".gift,.txt,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
      </Button>
      <TextField
        label={t('assessment.gift.text')}
        multiline
        minRows={8}
        maxRows={20}
        value={text}
        onChange={(e) => setText(e.target.value)}
        slotProps={{ htmlInput: { maxLength: GIFT_MAX_CHARS, style: { fontFamily: 'ui-monospace, monospace', fontSize: 13 } } }}
      />
      <TextField
        select
        label={t('assessment.gift.category')}
        value={categoryId}
        onChange={(e) => setCategoryId(e.target.value)}
        helperText={t('assessment.gift.categoryHelp')}
      >
        <MenuItem value="">{t('assessment.bank.noCategory')}</MenuItem>
        {categories.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      {result && (
        <Alert severity={result.errors.length ? 'warning' : 'success'} role="status">
          {t('assessment.gift.imported', { count: result.imported })}
          {result.categoriesCreated.length > 0 &&
            ` ${t('assessment.gift.categoriesCreated', { names: result.categoriesCreated.map((c) => c.name).join(', ') })}`}
          {result.errors.length > 0 && (
            <List dense>
              {result.errors.map((e, i) => (
                <ListItem key={i} disableGutters>
                  <ListItemText
                    primary={t('assessment.gift.errorLine', { line: e.line, title: e.title ?? '' })}
                    secondary={t(`assessment.gift.code.${e.code}`, { defaultValue: e.message })}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </Alert>
      )}
    </FormDialog>
  );
}
