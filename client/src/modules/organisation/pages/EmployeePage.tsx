import EditOutlined from '@mui/icons-material/EditOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import { Box, Button, Card, CardContent, Chip, Stack } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackButton } from '../../../ui/BackButton';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { DetailList } from '../../../ui/DetailList';
import { formatDate, formatDateTime, formatMonth, formatNip } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { useNotice } from '../../../ui/useNotice';
import { AccountCard } from '../components/AccountCard';
import { EmployeeFormDialog } from '../components/EmployeeFormDialog';
import { EmployeeQuery } from '../graphql/organisation';

export function EmployeePage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const result = useQuery(EmployeeQuery, { variables: { id: id! } });
  const [editing, setEditing] = useState(false);
  const notice = useNotice();

  return (
    <>
      <BackButton fallback="/pegawai" />
      <Cell result={result} loading={<SkeletonRows rows={6} />}>
        {({ employee: e }) => (
          <>
            <PageHeader
              title={e.name}
              subtitle={
                <Stack direction="row" spacing={1} component="span" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                  <span style={{ fontFamily: 'monospace' }}>{formatNip(e.nip)}</span>
                  <Chip size="small" label={e.employeeType} />
                  {!e.active && <Chip size="small" color="warning" label={t('employees.inactive')} />}
                </Stack>
              }
              actions={
                <>
                  {e.viewerCan.readRecords && (
                    <Button variant="outlined" startIcon={<InsightsOutlined />} component={Link} to={`/pegawai/${e.id}/kompetensi`}>
                      {t('nav.competencyProfile')}
                    </Button>
                  )}
                  {e.viewerCan.update && (
                    <Button variant="contained" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
                      {t('common.edit')}
                    </Button>
                  )}
                </>
              }
            />
            <Card variant="outlined">
              <CardContent>
                <DetailList
                  items={[
                    { label: t('employees.opd'), value: e.opd.name },
                    { label: t('employees.position'), value: e.position ? `${e.position.name} (${t(`positionType.${e.position.positionType}`)})` : null },
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
      </Cell>
      {notice.element}
    </>
  );
}
