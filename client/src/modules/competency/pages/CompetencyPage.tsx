import ArrowBack from '@mui/icons-material/ArrowBack';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { Button, Card, CardContent, Chip, Snackbar, Stack, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { DetailList } from '../../../ui/DetailList';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { CompetencyTypeChip } from '../components/chips';
import { CompetencyEditorDialog } from '../components/CompetencyEditorDialog';
import { CompetencyLevels } from '../components/CompetencyLevels';
import { CompetencyQuery } from '../graphql/competency';

export function CompetencyPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const result = useQuery(CompetencyQuery, { variables: { id: id! } });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <Button startIcon={<ArrowBack />} onClick={() => navigate(-1)} sx={{ mb: 1 }}>
        {t('common.back')}
      </Button>
      <Cell result={result} loading={<SkeletonRows rows={8} />}>
        {({ competency: c }) => (
          <>
            <PageHeader
              title={c.name}
              subtitle={
                <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                  <span style={{ fontFamily: 'monospace' }}>{c.code}</span>
                  <CompetencyTypeChip type={c.type} />
                  {!c.active && <Chip size="small" color="warning" label={t('competency.inactive')} />}
                </Stack>
              }
              actions={
                hasRole('ADMIN') && (
                  <Button variant="contained" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
                    {t('common.edit')}
                  </Button>
                )
              }
            />
            <Stack spacing={2}>
              <Card variant="outlined">
                <CardContent>
                  <DetailList
                    items={[
                      { label: t('competency.typeLabel'), value: t(`competency.type.${c.type}`) },
                      ...(c.type === 'TEKNIS' ? [{ label: t('competency.affair'), value: c.governmentAffair }] : []),
                      { label: t('competency.description'), value: c.description },
                      { label: t('common.updatedAt'), value: formatDateTime(c.updatedAt) },
                    ]}
                  />
                </CardContent>
              </Card>
              <Card variant="outlined">
                <CardContent>
                  <Typography variant="h2" gutterBottom>
                    {t('competency.levels')}
                  </Typography>
                  {c.levels.length === 0 ? (
                    <EmptyState title={t('competency.noLevels')} />
                  ) : (
                    <CompetencyLevels levels={c.levels} />
                  )}
                </CardContent>
              </Card>
            </Stack>
            {editing && (
              <CompetencyEditorDialog
                competency={c}
                onClose={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                }}
              />
            )}
          </>
        )}
      </Cell>
      <Snackbar open={saved} autoHideDuration={3000} onClose={() => setSaved(false)} message={t('common.saved')} />
    </>
  );
}
