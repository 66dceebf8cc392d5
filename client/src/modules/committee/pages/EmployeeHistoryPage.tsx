import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import BadgeOutlined from '@mui/icons-material/BadgeOutlined';
import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import MenuBookOutlined from '@mui/icons-material/MenuBookOutlined';
import SchoolOutlined from '@mui/icons-material/SchoolOutlined';
import WorkspacePremiumOutlined from '@mui/icons-material/WorkspacePremiumOutlined';
import WorkOutlined from '@mui/icons-material/WorkOutlined';
import {
  Box,
  Chip,
  Grid,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  ListSubheader,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { COMMITTEE_LIMITS } from '@komunitas-pintar/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { EmployeeHistoryQuery as EmployeeHistoryData, HistoryKind } from '../../../gql/graphql';
import { DetailList } from '../../../ui/DetailList';
import { DetailPage } from '../../../ui/DetailPage';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate, formatJp, formatNip } from '../../../ui/format';
import { SectionCard } from '../../../ui/SectionCard';
import { useUrlState } from '../../../ui/useUrlState';
import { ExportButtons } from '../components/ExportButtons';
import { PurposeForm, usePurpose } from '../components/PurposeField';
import { useAuditedRead } from '../components/useAuditedRead';
import { EmployeeHistoryQuery } from '../graphql/committee';

type History = EmployeeHistoryData['employeeHistory'];

const ICONS: Record<HistoryKind, ReactNode> = {
  POSITION: <WorkOutlined />,
  LEARNING: <SchoolOutlined />,
  ASSESSMENT: <InsightsOutlined />,
  MODULE: <MenuBookOutlined />,
  PLAN: <AssignmentOutlined />,
  CERTIFICATE: <WorkspacePremiumOutlined />,
  GROUP: <GroupsOutlined />,
  EVALUATION: <BadgeOutlined />,
};

function Timeline({ history }: { history: History }) {
  const { t } = useTranslation();
  if (!history.events.length) return <EmptyState title={t('committee.history.emptyTitle')} body={t('committee.history.emptyBody')} />;
  const years = [...new Set(history.events.map((e) => e.date.slice(0, 4)))];
  return (
    <List disablePadding aria-label={t('committee.history.timeline')} data-testid="history-timeline">
      {years.map((year) => (
        <li key={year}>
          <ul style={{ padding: 0 }}>
            <ListSubheader sx={{ bgcolor: 'background.paper', fontWeight: 600 }}>{year}</ListSubheader>
            {history.events
              .filter((e) => e.date.startsWith(year))
              .map((e) => (
                <ListItem key={`${e.kind}-${e.sourceId}`} divider data-testid="history-event" alignItems="flex-start">
                  <ListItemIcon sx={{ minWidth: 40, mt: 0.5 }} aria-hidden>
                    {ICONS[e.kind]}
                  </ListItemIcon>
                  <ListItemText
                    primary={
                      <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
                        <span>{e.kind === 'PLAN' ? t('committee.history.planTitle', { year: e.title }) : e.title}</span>
                        {e.jp !== null && e.jp !== undefined && <Chip size="small" label={formatJp(e.jp)} />}
                        {e.level !== null && e.level !== undefined && (
                          <Chip size="small" color="primary" label={t('committee.level', { level: e.level })} />
                        )}
                      </Box>
                    }
                    secondary={[
                      t(`committee.kind.${e.kind}`),
                      e.kind !== 'POSITION'
                        ? formatDate(e.date)
                        : e.endDate
                          ? t('committee.history.heldFromTo', { from: formatDate(e.date), to: formatDate(e.endDate) })
                          : t('committee.history.heldSince', { from: formatDate(e.date) }),
                      e.kind === 'ASSESSMENT' && e.detail ? t(`competency.method.${e.detail}`) : e.detail,
                      e.status ? t(`committee.status.${e.status}`, { defaultValue: e.status }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                </ListItem>
              ))}
          </ul>
        </li>
      ))}
    </List>
  );
}

function JpTable({ history }: { history: History }) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={t('committee.history.jpTitle')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('committee.column.year')}</TableCell>
          <TableCell align="right">{t('committee.column.jp')}</TableCell>
          <TableCell align="right">{t('committee.column.target')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {history.jpByYear.map((y) => (
          <TableRow key={y.year}>
            <TableCell>{y.year}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatJp(y.jp)}
            </TableCell>
            <TableCell align="right">
              {y.targetJp === null || y.targetJp === undefined ? (
                '–'
              ) : (
                <Chip
                  size="small"
                  color={y.reached ? 'success' : 'warning'}
                  variant="outlined"
                  label={`${formatJp(y.targetJp)} · ${t(y.reached ? 'committee.reached' : 'committee.notReached')}`}
                />
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function EmployeeHistoryPage() {
  const { t } = useTranslation();
  const { employeeId = '' } = useParams();
  const url = useUrlState();
  const purpose = url.get('tujuan');
  const ready = purpose.trim().length >= COMMITTEE_LIMITS.purposeMin;
  const result = useAuditedRead(EmployeeHistoryQuery, ready ? { input: { employeeId, purpose } } : null);
  const asked = usePurpose('');

  return (
    <DetailPage
      back="/komite/pencarian"
      result={result}
      placeholder={{ title: t('committee.history.title'), subtitle: t('committee.history.subtitle') }}
      header={({ employeeHistory: { employee } }) => ({ title: employee.name, subtitle: formatNip(employee.nip) })}
      unavailable={
        !ready && (
          <PurposeForm
            purpose={asked}
            onSubmit={() => {
              const checked = asked.check();
              if (checked !== null) url.set({ tujuan: checked });
            }}
            intro={<Typography>{t('committee.history.purposeIntro')}</Typography>}
            submit={t('committee.history.open')}
          />
        )
      }
    >
      {(data) => (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Stack spacing={2}>
              <SectionCard title={t('committee.history.placement')}>
                <DetailList
                  stacked="md"
                  items={[
                    { label: t('committee.column.opd'), value: data.employeeHistory.employee.opd.name },
                    { label: t('committee.column.position'), value: data.employeeHistory.employee.position?.name ?? '–' },
                    { label: t('committee.field.rank'), value: data.employeeHistory.employee.rank ?? '–' },
                    { label: t('committee.field.employeeType'), value: data.employeeHistory.employee.employeeType },
                  ]}
                />
              </SectionCard>
              <SectionCard title={t('committee.history.jpTitle')}>
                <JpTable history={data.employeeHistory} />
              </SectionCard>
              <SectionCard title={t('committee.export.title')}>
                <ExportButtons kind="history" body={{ input: { employeeId, purpose } }} withPdf />
              </SectionCard>
              <Typography variant="body2" color="text.secondary">
                {t('committee.history.auditNote', { purpose })}
              </Typography>
            </Stack>
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <SectionCard title={t('committee.history.timeline')}>
              <Timeline history={data.employeeHistory} />
            </SectionCard>
          </Grid>
        </Grid>
      )}
    </DetailPage>
  );
}
