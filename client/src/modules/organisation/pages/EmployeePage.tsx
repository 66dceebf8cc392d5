import EditOutlined from '@mui/icons-material/EditOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import { Box, Button, Card, CardContent, Chip } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailPage, HeaderFacts } from '../../../ui/DetailPage';
import { DetailList } from '../../../ui/DetailList';
import { formatDate, formatDateTime, formatMonth, formatNip } from '../../../ui/format';
import { useNotice } from '../../../ui/useNotice';
import { AccountCard } from '../components/AccountCard';
import { EmployeeFormDialog } from '../components/EmployeeFormDialog';
import { PositionHistoryCard } from '../components/PositionHistoryCard';
import { EmployeeQuery } from '../graphql/organisation';

export function EmployeePage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const result = useQuery(EmployeeQuery, { variables: { id: id! } });
  const [editing, setEditing] = useState(false);
  const notice = useNotice();

  return (
    <>
      <DetailPage
        back="/pegawai"
        result={result}
        header={({ employee: e }) => ({
          title: e.name,
          subtitle: (
            <HeaderFacts code={formatNip(e.nip)}>
              <Chip size="small" label={e.employeeType} />
              {!e.active && <Chip size="small" color="warning" label={t('employees.inactive')} />}
            </HeaderFacts>
          ),
          actions: (
            <>
              {e.viewerCan.readRecords && (
                <Button variant="outlined" startIcon={<InsightsOutlined />} component={Link} to={`/pegawai/${e.id}/kompetensi`}>
                  {t('nav.competency.competencyProfile')}
                </Button>
              )}
              {e.viewerCan.update && (
                <Button variant="contained" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
                  {t('common.edit')}
                </Button>
              )}
            </>
          ),
        })}
      >
        {({ employee: e }) => (
          <>
            <Card variant="outlined">
              <CardContent>
                <DetailList
                  items={[
                    { label: t('employees.opd'), value: e.opd.name },
                    {
                      label: t('employees.position'),
                      value: e.position ? `${e.position.name} (${t(`positionType.${e.position.positionType}`)})` : null,
                    },
                    { label: t('employees.rank'), value: e.rank },
                    { label: t('employees.birthDate'), value: formatDate(e.birthDate) },
                    { label: t('employees.gender'), value: t(`gender.${e.gender}`) },
                    { label: t('employees.appointment'), value: formatMonth(e.appointment) },
                    { label: t('employees.email'), value: e.email },
                    { label: t('employees.phone'), value: e.phone },
                    { label: t('common.updatedAt'), value: formatDateTime(e.updatedAt) },
                  ]}
                />
              </CardContent>
            </Card>
            {e.viewerCan.readRecords && (
              <Box sx={{ mt: 2 }}>
                <PositionHistoryCard employeeId={e.id} canCorrect={e.viewerCan.correctPlacements} />
              </Box>
            )}
            {e.account && (
              <Box sx={{ mt: 2 }}>
                <AccountCard account={e.account} />
              </Box>
            )}
            {editing && (
              <EmployeeFormDialog
                employee={e}
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
