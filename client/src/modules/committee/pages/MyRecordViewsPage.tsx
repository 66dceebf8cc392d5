import { Card, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Cell } from '../../../ui/Cell';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { ListPagination } from '../../../ui/ListPagination';
import { PageHeader } from '../../../ui/PageHeader';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { MyRecordViewsQuery } from '../graphql/committee';
import { actionLabel } from './AuditLogPage';

/** An employee sees who read or exported their history, when and for what purpose. */
export function MyRecordViewsPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const result = withPrevious(useQuery(MyRecordViewsQuery, { variables: { page: url.pageInput }, fetchPolicy: 'cache-and-network' }));
  const total = result.data?.myRecordViews.total ?? 0;
  return (
    <>
      <PageHeader title={t('committee.views.title')} subtitle={t('committee.views.subtitle')} />
      <Card variant="outlined">
        <Typography variant="h2" sx={{ p: 2, pb: 1 }}>
          {t('committee.views.count', { count: total })}
        </Typography>
        <Cell
          result={result}
          isEmpty={(d) => d.myRecordViews.total === 0}
          empty={<EmptyState title={t('committee.views.emptyTitle')} body={t('committee.views.emptyBody')} />}
        >
          {(data) => (
            <List disablePadding aria-label={t('committee.views.list')}>
              {data.myRecordViews.items.map((v) => (
                <ListItem key={v.id} divider data-testid="record-view">
                  <ListItemText
                    primary={t('committee.views.who', { name: v.actorName, act: actionLabel(t, v.action).toLowerCase() })}
                    secondary={[formatDateTime(v.at), v.purpose ? t('committee.views.purpose', { purpose: v.purpose }) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </Cell>
        {total > 10 && <ListPagination total={total} {...url.pager} />}
      </Card>
    </>
  );
}
