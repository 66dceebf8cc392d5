import EditCalendarOutlined from '@mui/icons-material/EditCalendarOutlined';
import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { formatDate } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { useNotice } from '../../../ui/useNotice';
import { PositionHistoryQuery } from '../graphql/organisation';
import { CorrectPlacementStartDialog, type HeldRecord } from './CorrectPlacementStartDialog';

/**
 * The positions an employee held, newest first, each with its OPD and span; an administrator
 * (`canCorrect`, from the employee's `viewerCan`) corrects the first day of each. The dialog reads
 * the record from the list, so when the list is read again it shows (and expects) the new days.
 */
export function PositionHistoryCard({ employeeId, canCorrect = false }: { employeeId: string; canCorrect?: boolean }) {
  const { t } = useTranslation();
  const result = useQuery(PositionHistoryQuery, { variables: { employeeId } });
  const [correcting, setCorrecting] = useState<HeldRecord | null>(null);
  const notice = useNotice();
  return (
    <SectionCard title={t('employees.positionHistory')}>
      <Cell
        result={result}
        loading={<SkeletonRows rows={2} />}
        isEmpty={(data) => !data.positionHistory.length}
        empty={
          <Typography variant="body2" color="text.secondary">
            {t('employees.positionHistoryEmpty')}
          </Typography>
        }
      >
        {(data) => (
          <List disablePadding aria-label={t('employees.positionHistory')} data-testid="position-history">
            {data.positionHistory.map((h) => (
              <ListItem key={h.id} disableGutters divider sx={{ flexWrap: 'wrap', columnGap: 2 }}>
                <ListItemText
                  sx={{ flex: '1 1 240px' }}
                  primary={h.position.name}
                  secondary={[
                    h.opd.name,
                    h.toDate
                      ? t('employees.heldFromTo', { from: formatDate(h.fromDate), to: formatDate(h.toDate) })
                      : t('employees.heldSince', { from: formatDate(h.fromDate) }),
                  ].join(' · ')}
                />
                {canCorrect && (
                  <Button
                    size="small"
                    startIcon={<EditCalendarOutlined />}
                    aria-label={t('employees.correctStartOf', { position: h.position.name, from: formatDate(h.fromDate) })}
                    onClick={() => setCorrecting(h)}
                  >
                    {t('employees.correctStart')}
                  </Button>
                )}
              </ListItem>
            ))}
          </List>
        )}
      </Cell>
      {correcting && (
        <CorrectPlacementStartDialog
          held={result.data?.positionHistory.find((h) => h.id === correcting.id) ?? correcting}
          onClose={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            notice.show(t('employees.correctStartSaved'));
          }}
        />
      )}
      {notice.element}
    </SectionCard>
  );
}
