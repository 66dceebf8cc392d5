import { List, ListItem, ListItemText } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { ListHeading, ListPage } from '../../../ui/ListPage';
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
    <ListPage
      title={t('committee.views.title')}
      subtitle={t('committee.views.subtitle')}
      toolbar={<ListHeading>{t('committee.views.count', { count: total })}</ListHeading>}
      result={result}
      total={total}
      pager={url.pager}
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
    </ListPage>
  );
}
