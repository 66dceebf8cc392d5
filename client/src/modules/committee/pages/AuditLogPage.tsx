import {
  Box,
  Card,
  Grid,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import { useQuery } from '@apollo/client/react';

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogQuery as AuditLogData } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime, formatNip } from '../../../ui/format';
import { ListHeading, ListPage } from '../../../ui/ListPage';
import { SearchField } from '../../../ui/SearchField';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { AuditLogQuery } from '../graphql/committee';

type Entry = AuditLogData['auditLog']['items'][number];

/** The span of dates the log is narrowed to, each kept in the URL. */
const DATE_FILTERS = [
  { param: 'dari', label: 'committee.audit.from' },
  { param: 'sampai', label: 'committee.audit.to' },
] as const;

/** The act in words where the client knows it, else its code. */
export function actionLabel(t: (key: string, o?: Record<string, unknown>) => string, action: string): string {
  return t(`committee.audit.action.${action.replace(/\./g, '_')}`, { defaultValue: action });
}

/** A few facts of the details in words: how many people, the format. */
function detailText(t: (key: string, o?: Record<string, unknown>) => string, entry: Entry): string | null {
  if (!entry.detailsJson) return null;
  try {
    const d = JSON.parse(entry.detailsJson) as { format?: string; total?: number; rows?: number; employeeIds?: unknown[] };
    const parts: string[] = [];
    if (d.format) parts.push(d.format.toUpperCase());
    const people = d.rows ?? d.employeeIds?.length;
    if (typeof people === 'number') parts.push(t('committee.audit.people', { count: people }));
    if (typeof d.total === 'number' && d.total !== people) parts.push(t('committee.audit.ofTotal', { count: d.total }));
    return parts.join(' · ') || null;
  } catch {
    return null;
  }
}

function Entries({ items, narrow }: { items: Entry[]; narrow: boolean }) {
  const { t } = useTranslation();
  const who = (e: Entry) => (e.employee ? `${e.employee.name} (${formatNip(e.employee.nip)})` : null);
  if (narrow) {
    return (
      <List disablePadding aria-label={t('committee.audit.entries')}>
        {items.map((e) => (
          <ListItem key={e.id} divider data-testid="audit-row">
            <ListItemText
              primary={actionLabel(t, e.action)}
              secondary={[formatDateTime(e.at), e.actorName, who(e), e.purpose, detailText(t, e)].filter(Boolean).join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label={t('committee.audit.entries')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('committee.audit.at')}</TableCell>
            <TableCell>{t('committee.audit.actor')}</TableCell>
            <TableCell>{t('committee.audit.act')}</TableCell>
            <TableCell>{t('committee.audit.employee')}</TableCell>
            <TableCell>{t('committee.audit.purpose')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((e) => (
            <TableRow key={e.id} data-testid="audit-row">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</TableCell>
              <TableCell>{e.actorName}</TableCell>
              <TableCell>
                {actionLabel(t, e.action)}
                <Box sx={{ fontSize: 12, color: 'text.secondary' }}>{[e.action, detailText(t, e)].filter(Boolean).join(' · ')}</Box>
              </TableCell>
              <TableCell>{who(e) ?? '–'}</TableCell>
              <TableCell>{e.purpose ?? '–'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Administrators browse the audit log: who did what, when, concerning whom and why. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  const [actor, setActor] = useState(url.get('oleh'));
  const [purpose, setPurpose] = useState(url.get('tujuan'));
  const debouncedActor = useDebounced(actor.trim());
  const debouncedPurpose = useDebounced(purpose.trim());
  useEffect(() => {
    if (debouncedActor !== url.get('oleh') || debouncedPurpose !== url.get('tujuan'))
      url.set({ oleh: debouncedActor, tujuan: debouncedPurpose });
  }, [debouncedActor, debouncedPurpose]); // eslint-disable-line react-hooks/exhaustive-deps
  const filter = {
    action: url.get('aksi') || null,
    actor: url.get('oleh') || null,
    purpose: url.get('tujuan') || null,
    from: url.get('dari') || null,
    to: url.get('sampai') || null,
  };
  const result = withPrevious(useQuery(AuditLogQuery, { variables: { filter, page: url.pageInput }, fetchPolicy: 'cache-and-network' }));
  const actions = result.data?.auditActions ?? [];
  const total = result.data?.auditLog.total ?? 0;

  return (
    <ListPage
      title={t('committee.audit.title')}
      subtitle={t('committee.audit.subtitle')}
      filters={
        <Card variant="outlined" sx={{ p: 2, mb: 2 }}>
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, sm: 6, md: 4 }}>
              <TextField
                select
                fullWidth
                size="small"
                label={t('committee.audit.act')}
                value={url.get('aksi')}
                onChange={(e) => url.set({ aksi: e.target.value })}
              >
                <MenuItem value="">{t('committee.audit.allActs')}</MenuItem>
                {actions.map((a) => (
                  <MenuItem key={a} value={a}>
                    {actionLabel(t, a)}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid size={{ xs: 12, sm: 6, md: 4 }}>
              <SearchField label={t('committee.audit.actor')} value={actor} onChange={setActor} />
            </Grid>
            <Grid size={{ xs: 12, md: 4 }}>
              <SearchField label={t('committee.audit.purpose')} value={purpose} onChange={setPurpose} />
            </Grid>
            {DATE_FILTERS.map(({ param, label }) => (
              <Grid key={param} size={{ xs: 6, md: 3 }}>
                <TextField
                  type="date"
                  fullWidth
                  size="small"
                  label={t(label)}
                  value={url.get(param)}
                  onChange={(e) => url.set({ [param]: e.target.value })}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
              </Grid>
            ))}
          </Grid>
        </Card>
      }
      toolbar={<ListHeading announce>{t('committee.audit.count', { count: total })}</ListHeading>}
      result={result}
      total={total}
      pager={url.pager}
      isEmpty={(d) => d.auditLog.total === 0}
      empty={<EmptyState title={t('committee.audit.emptyTitle')} body={t('committee.audit.emptyBody')} />}
    >
      {(data, narrow) => <Entries items={data.auditLog.items} narrow={narrow} />}
    </ListPage>
  );
}
