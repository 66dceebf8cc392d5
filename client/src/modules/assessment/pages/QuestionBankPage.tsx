import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import CreateNewFolderOutlined from '@mui/icons-material/CreateNewFolderOutlined';
import { Box, Button, Chip, Grid, IconButton, List, ListItem, ListItemText, TextField, Tooltip } from '@mui/material';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankQuestionFieldsFragment, QuestionType } from '../../../gql/graphql';
import { SkeletonRows } from '../../../ui/Cell';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { fieldErrors } from '../../../ui/fieldErrors';
import { FormDialog } from '../../../ui/FormDialog';
import { formatDate, formatNumber } from '../../../ui/format';
import { FilterSelect } from '../../../ui/FilterSelect';
import { ListFilters, ListPage } from '../../../ui/ListPage';
import { SearchField } from '../../../ui/SearchField';
import { useDebounced } from '../../../ui/useDebounced';
import { useNotice } from '../../../ui/useNotice';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { GiftImportDialog } from '../components/GiftImportDialog';
import { QUESTION_TYPES, QuestionEditorDialog } from '../components/QuestionEditorDialog';
import {
  BankQuestionsQuery,
  CreateQuestionCategoryMutation,
  DeleteQuestionMutation,
  GiftExportQuery,
  QuestionCategoriesQuery,
} from '../graphql/assessment';

/** The question's text as one plain line, for the list. */
const firstLine = (markdown: string) =>
  markdown
    .replace(/[#*_`>[\]()!]/g, '')
    .split('\n')
    .find((l) => l.trim())
    ?.trim() ?? '';

function NewCategoryDialog({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [create, creating] = useMutation(CreateQuestionCategoryMutation, { refetchQueries: ['QuestionCategories'] });
  const [error, setError] = useState<unknown>(null);
  const errors = error ? fieldErrors(error, t) : {};
  return (
    <FormDialog
      title={t('assessment.bank.newCategory')}
      busy={creating.loading}
      error={error}
      canSubmit={!!name.trim()}
      onSubmit={() =>
        void create({ variables: { input: { name } } })
          .then(onCreated)
          .catch(setError)
      }
      onClose={onClose}
      maxWidth="xs"
    >
      <TextField
        label={t('assessment.bank.categoryName')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={!!errors.name}
        helperText={errors.name}
        autoFocus
        required
      />
    </FormDialog>
  );
}

/** A trainer's question bank: their questions by category and type, written here or imported from GIFT. */
export function QuestionBankPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const [search, setSearch] = useState(url.get('cari'));
  const debounced = useDebounced(search, 300);
  const categoryId = url.get('kategori');
  const type = url.get('jenis') as QuestionType | '';
  const categories = useQuery(QuestionCategoriesQuery);
  const result = withPrevious(
    useQuery(BankQuestionsQuery, {
      variables: {
        filter: { search: debounced || undefined, categoryId: categoryId || undefined, type: type || undefined },
        page: url.pageInput,
      },
    }),
  );
  const [editing, setEditing] = useState<BankQuestionFieldsFragment | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [newCategory, setNewCategory] = useState(false);
  const [deleting, setDeleting] = useState<BankQuestionFieldsFragment | null>(null);
  const [remove, removing] = useMutation(DeleteQuestionMutation, { refetchQueries: ['BankQuestions'] });
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const client = useApolloClient();
  const notice = useNotice();
  const categoryList = categories.data?.questionCategories ?? [];
  const refresh = () => void client.refetchQueries({ include: ['BankQuestions', 'QuestionCategories'] });

  const download = async () => {
    setExportError(null);
    try {
      const { data } = await client.query({
        query: GiftExportQuery,
        variables: { categoryId: categoryId || null },
        fetchPolicy: 'network-only',
      });
      const blob = new Blob([data!.giftExport], { type: 'text/plain;charset=utf-8' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'bank-soal.gift';
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (err) {
      setExportError(err);
    }
  };

  const filtered = !!(debounced || categoryId || type);
  const create = (
    <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
      {t('assessment.bank.newQuestion')}
    </Button>
  );

  return (
    <>
      <ListPage
        title={t('assessment.bank.title')}
        subtitle={t('assessment.bank.subtitle')}
        actions={
          <>
            {create}
            <Button variant="outlined" startIcon={<UploadFileOutlined />} onClick={() => setImporting(true)}>
              {t('assessment.gift.import')}
            </Button>
            <Button variant="outlined" startIcon={<DownloadOutlined />} onClick={() => void download()}>
              {t('assessment.gift.export')}
            </Button>
          </>
        }
        filters={
          <>
            {exportError != null && <ErrorAlert error={exportError} />}
            <ListFilters>
              <Grid size={{ xs: 12, md: 5 }}>
                <SearchField
                  value={search}
                  onChange={(v) => {
                    setSearch(v);
                    url.set({ cari: v });
                  }}
                  label={t('assessment.bank.search')}
                />
              </Grid>
              <Grid size={{ xs: 12, sm: 6, md: 3 }}>
                <FilterSelect
                  label={t('assessment.bank.category')}
                  value={categoryId}
                  onChange={(c) => url.set({ kategori: c })}
                  options={categoryList.map((c) => ({ value: c.id, label: c.name }))}
                />
              </Grid>
              <Grid size={{ xs: 10, sm: 5, md: 3 }}>
                <FilterSelect
                  label={t('assessment.bank.type')}
                  value={type}
                  onChange={(x) => url.set({ jenis: x })}
                  options={QUESTION_TYPES.map((x) => ({ value: x, label: t(`assessment.type.${x}`) }))}
                />
              </Grid>
              <Grid size={{ xs: 2, sm: 1 }}>
                <Tooltip title={t('assessment.bank.newCategory')}>
                  <IconButton aria-label={t('assessment.bank.newCategory')} onClick={() => setNewCategory(true)}>
                    <CreateNewFolderOutlined />
                  </IconButton>
                </Tooltip>
              </Grid>
            </ListFilters>
          </>
        }
        result={result}
        total={result.data?.bankQuestions.total ?? 0}
        pager={url.pager}
        loading={<SkeletonRows rows={6} height={64} />}
        isEmpty={(d) => d.bankQuestions.total === 0}
        empty={
          <EmptyState
            title={t(filtered ? 'assessment.bank.noneFound' : 'assessment.bank.emptyTitle')}
            body={filtered ? undefined : t('assessment.bank.emptyBody')}
            action={create}
          />
        }
      >
        {({ bankQuestions: page }) => (
          <List disablePadding aria-label={t('assessment.bank.title')}>
            {page.items.map((q) => (
              <ListItem
                key={q.id}
                divider
                secondaryAction={
                  <Box sx={{ display: 'flex' }}>
                    <Tooltip title={t('common.edit')}>
                      <IconButton
                        aria-label={t('assessment.bank.editQuestion', { title: q.title || firstLine(q.text) })}
                        onClick={() => setEditing(q)}
                      >
                        <EditOutlined />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={t('assessment.bank.delete')}>
                      <IconButton
                        aria-label={t('assessment.bank.deleteQuestion', { title: q.title || firstLine(q.text) })}
                        onClick={() => setDeleting(q)}
                      >
                        <DeleteOutline />
                      </IconButton>
                    </Tooltip>
                  </Box>
                }
                sx={{ pr: 12 }}
              >
                <ListItemText
                  primary={q.title || firstLine(q.text)}
                  secondary={
                    <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5, alignItems: 'center' }}>
                      <Chip component="span" size="small" label={t(`assessment.type.${q.type}`)} />
                      <Chip
                        component="span"
                        size="small"
                        variant="outlined"
                        label={t('assessment.points', { points: formatNumber(q.points, q.points % 1 ? 2 : 0) })}
                      />
                      {q.category && <Chip component="span" size="small" variant="outlined" label={q.category.name} />}
                      <Box component="span">{t('assessment.bank.changed', { date: formatDate(q.updatedAt) })}</Box>
                    </Box>
                  }
                  slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </ListPage>
      {editing && (
        <QuestionEditorDialog
          question={editing === 'new' ? null : editing}
          categories={categoryList}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refresh();
            notice.show(t('common.saved'));
          }}
        />
      )}
      {importing && <GiftImportDialog categories={categoryList} onClose={() => setImporting(false)} onImported={refresh} />}
      {newCategory && <NewCategoryDialog onClose={() => setNewCategory(false)} onCreated={() => setNewCategory(false)} />}
      {deleting && (
        <ConfirmDialog
          title={t('assessment.bank.deleteTitle')}
          body={t('assessment.bank.deleteBody', { title: deleting.title || firstLine(deleting.text) })}
          confirmLabel={t('assessment.bank.delete')}
          destructive
          busy={removing.loading}
          error={deleteError}
          explain={{ CONFLICT: t('assessment.bank.inUse') }}
          onConfirm={() =>
            void remove({ variables: { input: { id: deleting.id } } })
              .then(() => {
                setDeleting(null);
                setDeleteError(null);
              })
              .catch(setDeleteError)
          }
          onClose={() => {
            setDeleting(null);
            setDeleteError(null);
          }}
        />
      )}
      {notice.element}
    </>
  );
}
