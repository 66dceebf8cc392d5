import BookmarkAddOutlined from '@mui/icons-material/BookmarkAddOutlined';
import { Box, Button, Chip, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { COMMITTEE_LIMITS } from '@komunitas-pintar/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormDialog } from '../../../ui/FormDialog';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { pathFieldErrors } from '../../../ui/pathFieldErrors';
import { CommitteeReferenceQuery, DeleteSavedSearchMutation, SavedSearchesQuery, SaveSearchMutation } from '../graphql/committee';
import { draftWithinLimits, type FilterDraft, type TalentFilter, toFilter } from './TalentFilterBuilder';

/** A saved filter as the builder's draft: the competency conditions get their code and name back. */
function toDraft(filter: TalentFilter, competencies: { id: string; code: string; name: string }[]): FilterDraft {
  return {
    ...filter,
    competencies: (filter.competencies ?? []).map((c) => {
      const known = competencies.find((k) => k.id === c.competencyId);
      return { competencyId: String(c.competencyId), minLevel: c.minLevel, code: known?.code ?? '?', name: known?.name ?? '' };
    }),
  };
}

/**
 * The committee member's saved searches: each chip loads its conditions into the builder (run them
 * with Cari), its cross deletes it; "Simpan pencarian" keeps the conditions being built under a name.
 */
export function SavedSearches({ draft, onLoad }: { draft: FilterDraft; onLoad: (draft: FilterDraft) => void }) {
  const { t } = useTranslation();
  const saved = useQuery(SavedSearchesQuery);
  const reference = useQuery(CommitteeReferenceQuery);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const [save, saving] = useMutation(SaveSearchMutation, { refetchQueries: [SavedSearchesQuery] });
  const [remove, removing] = useMutation(DeleteSavedSearchMutation, { refetchQueries: [SavedSearchesQuery] });
  const errors = pathFieldErrors(error, t, 'committee');
  const list = saved.data?.savedSearches ?? [];
  const competencies = reference.data?.competencies.items ?? [];

  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
        <Typography variant="subtitle2" component="h2" id="saved-searches-label">
          {t('committee.saved.title')}
        </Typography>
        <Button size="small" startIcon={<BookmarkAddOutlined />} onClick={() => (setName(''), setError(null), setNaming(true))}>
          {t('committee.saved.save')}
        </Button>
      </Box>
      {list.length ? (
        <Box
          component="ul"
          aria-labelledby="saved-searches-label"
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0, mt: 1 }}
        >
          {list.map((s) => (
            <li key={s.id}>
              <Chip
                label={s.name}
                variant="outlined"
                onClick={() => onLoad(toDraft(JSON.parse(s.filterJson) as TalentFilter, competencies))}
                onDelete={() => setDeleting({ id: s.id, name: s.name })}
                aria-label={t('committee.saved.load', { name: s.name })}
                data-testid="saved-search"
              />
            </li>
          ))}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('committee.saved.none')}
        </Typography>
      )}
      {naming && (
        <FormDialog
          title={t('committee.saved.dialogTitle')}
          busy={saving.loading}
          error={error}
          canSubmit={name.trim().length > 0 && name.length <= COMMITTEE_LIMITS.savedSearchNameMax && draftWithinLimits(draft)}
          onSubmit={() => {
            setError(null);
            save({ variables: { input: { name: name.trim(), filter: toFilter(draft) } } }).then(() => setNaming(false), setError);
          }}
          onClose={() => setNaming(false)}
        >
          <Typography variant="body2" color="text.secondary">
            {t('committee.saved.dialogBody')}
          </Typography>
          <LimitedTextField
            maxChars={COMMITTEE_LIMITS.savedSearchNameMax}
            autoFocus
            required
            label={t('committee.saved.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={!!errors.name}
            helperText={errors.name ?? t('committee.saved.nameHelp')}
          />
        </FormDialog>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('committee.saved.deleteTitle')}
          body={t('committee.saved.deleteBody', { name: deleting.name })}
          confirmLabel={t('committee.saved.delete')}
          destructive
          busy={removing.loading}
          error={removing.error}
          onConfirm={() =>
            void remove({ variables: { id: deleting.id } }).then(
              () => setDeleting(null),
              () => undefined,
            )
          }
          onClose={() => setDeleting(null)}
        />
      )}
    </Box>
  );
}
