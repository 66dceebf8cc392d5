import GroupsOutlined from '@mui/icons-material/GroupsOutlined';
import { Box, Card, CardActionArea, CardContent, Chip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupCardFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../ui/format';
import { GroupStatusChip } from './chips';

/** A group in a list: name, status, trainer, schedule, seats and what it builds. */
export function GroupCard({ group }: { group: GroupCardFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid="group-card">
      <CardActionArea component={Link} to={`/kelompok/${group.id}`} sx={{ height: '100%', alignItems: 'flex-start' }}>
        <CardContent>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
            <GroupStatusChip status={group.status} />
            <Chip size="small" variant="outlined" label={t(`community.mode.${group.mode}`)} />
            <Chip size="small" variant="outlined" label={t(`community.funding.${group.funding}`)} />
          </Box>
          <Typography variant="h3" component="h2" gutterBottom>
            {group.name}
          </Typography>
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{ mb: 1, display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}
          >
            {group.purpose}
          </Typography>
          <Typography variant="body2">
            {t('community.trainer')}: {group.groupTrainer.name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {formatDate(group.plannedStart)} – {formatDate(group.plannedEnd)} · {group.opd.name}
          </Typography>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 1 }}>
            <GroupsOutlined fontSize="small" color="action" />
            <Typography variant="body2">{t('community.members', { count: group.memberCount, capacity: group.capacity })}</Typography>
          </Box>
          {group.competencies.length > 0 && (
            <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 1 }}>
              {group.competencies.map((c) => (
                <Chip key={c.competency.id} size="small" label={`${c.competency.name} · ${t('community.level', { level: c.level })}`} />
              ))}
            </Box>
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
