import EditOutlined from '@mui/icons-material/EditOutlined';
import { Button, Card, CardContent, Chip, Stack } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailPage, HeaderFacts } from '../../../ui/DetailPage';
import { DetailList } from '../../../ui/DetailList';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
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
      <DetailPage
        back="/kompetensi"
        result={result}
        rows={8}
        header={({ competency: c }) => ({
          title: c.name,
          subtitle: (
            <HeaderFacts code={c.code}>
              <CompetencyTypeChip type={c.type} />
              {!c.active && <Chip size="small" color="warning" label={t('competency.inactive')} />}
            </HeaderFacts>
          ),
          actions: c.viewerCan.edit && (
            <Button variant="contained" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          ),
        })}
      >
        {({ competency: c }) => (
          <>
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
                {c.levels.length === 0 ? <EmptyState title={t('competency.noLevels')} /> : <CompetencyLevels levels={c.levels} />}
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
      </DetailPage>
      {notice.element}
    </>
  );
}
