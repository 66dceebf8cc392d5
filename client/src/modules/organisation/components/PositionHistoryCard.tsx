import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Cell, SkeletonRows } from '../../../ui/Cell';
import { formatDate } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { PositionHistoryQuery } from '../graphql/organisation';

/** The positions an employee held, newest first, each with its OPD and span. */
export function PositionHistoryCard({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const result = useQuery(PositionHistoryQuery, { variables: { employeeId } });
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
              <ListItem key={h.id} disableGutters divider>
                <ListItemText
                  primary={h.position.name}
                  secondary={[
                    h.opd.name,
                    h.toDate
                      ? t('employees.heldFromTo', { from: formatDate(h.fromDate), to: formatDate(h.toDate) })
                      : t('employees.heldSince', { from: formatDate(h.fromDate) }),
                  ].join(' · ')}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Cell>
    </SectionCard>
  );
}
