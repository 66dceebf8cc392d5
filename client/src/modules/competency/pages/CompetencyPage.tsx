import EditOutlined from '@mui/icons-material/EditOutlined';
import { Button, Card, CardContent, Chip, Stack } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackButton } from '../../../ui/BackButton';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { DetailList } from '../../../ui/DetailList';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { useNotice } from '../../../ui/useNotice';
import { CompetencyTypeChip } from '../components/chips';
import { CompetencyEditorDialog } from '../components/CompetencyEditorDialog';
import { CompetencyLevels } from '../components/CompetencyLevels';
import { CompetencyQuery } from '../graphql/competency';
import { SectionCard } from '../../../ui/SectionCard';

export function CompetencyPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const result = useQuery(CompetencyQuery, { variables: { id: id! } });
  const [editing, setEditing] = useState(false);
  const notice = useNotice();

  return (
    <>
      <BackButton fallback="/kompetensi" />
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
                c.viewerCan.edit && (
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
              <SectionCard title={t('competency.levels')}>
                {c.levels.length === 0 ? (
                  <EmptyState title={t('competency.noLevels')} />
                ) : (
                  <CompetencyLevels levels={c.levels} />
                )}
              </SectionCard>
            </Stack>
            {editing && (
              <CompetencyEditorDialog
                competency={c}
                onClose={() => setEditing(false)}
                onSaved={() => {
                  setEditing(false);
                  notice.show(t('common.saved'));
                }}
              />
            )}
          </>
        )}
      </Cell>
      {notice.element}
    </>
  );
}
