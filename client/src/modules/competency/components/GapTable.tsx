import HistoryIcon from '@mui/icons-material/History';
import RateReviewOutlined from '@mui/icons-material/RateReviewOutlined';
import {
  Box,
  IconButton,
  List,
  ListItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CompetencyGapQuery } from '../../../gql/graphql';
import { CompetencyTypeChip, EvidenceText, GapChip, LevelMeter } from './chips';
import { EvidenceFileLink } from './EvidenceFile';

export type GapRow = CompetencyGapQuery['competencyGap']['items'][number];

interface Props {
  items: GapRow[];
  onHistory: (row: GapRow) => void;
  /** Present when the viewer may record an assessment. */
  onAssess?: (row: GapRow) => void;
}

/**
 * A row's buttons, named for screen readers and hinted with the browser's own title: an MUI
 * tooltip per button (two per row) would mount a positioner each and render every row twice.
 */
function RowActions({ row, onHistory, onAssess }: { row: GapRow } & Omit<Props, 'items'>) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
      <IconButton
        size="small"
        aria-label={t('competency.profile.historyOf', { name: row.competency.name })}
        title={t('competency.profile.history')}
        onClick={() => onHistory(row)}
      >
        <HistoryIcon fontSize="small" />
      </IconButton>
      {onAssess && (
        <IconButton
          size="small"
          aria-label={t('competency.assess.of', { name: row.competency.name })}
          title={t('competency.assess.short')}
          onClick={() => onAssess(row)}
        >
          <RateReviewOutlined fontSize="small" />
        </IconButton>
      )}
    </Box>
  );
}

/** The gap to a position's standard: a table on wide screens, a stacked list on phones. */
export function GapTable({ items, onHistory, onAssess }: Props) {
  const { t } = useTranslation();
  const theme = useTheme();
  // Read at once, so a phone does not first build the table it then replaces with the list.
  const phone = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  if (phone) {
    return (
      <List disablePadding aria-label={t('competency.profile.gapTable')} data-testid="gap-table">
        {items.map((row) => (
          <ListItem key={row.competency.id} divider disableGutters sx={{ display: 'block', py: 1.5 }} data-testid="gap-row">
            <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, alignItems: 'flex-start' }}>
              <Box sx={{ minWidth: 0 }}>
                <Link to={`/kompetensi/${row.competency.id}`} style={{ fontWeight: 500 }}>
                  {row.competency.name}
                </Link>
                <Box sx={{ mt: 0.5, display: 'flex', gap: 1, alignItems: 'center' }}>
                  <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 13, color: 'text.secondary' }}>
                    {row.competency.code}
                  </Box>
                  <CompetencyTypeChip type={row.competency.type} />
                </Box>
              </Box>
              <GapChip gap={row.gap} />
            </Box>
            <Stack direction="row" sx={{ mt: 1, flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
              <Typography variant="body2" component="span">
                <Box component="span" sx={{ color: 'text.secondary', mr: 0.5 }}>
                  {t('competency.profile.required')}:
                </Box>
                <LevelMeter level={row.requiredLevel} color="secondary.main" />
              </Typography>
              <Typography variant="body2" component="span">
                <Box component="span" sx={{ color: 'text.secondary', mr: 0.5 }}>
                  {t('competency.profile.current')}:
                </Box>
                <LevelMeter level={row.currentLevel} />
              </Typography>
            </Stack>
            <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mt: 0.5 }}>
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="caption" color="text.secondary" component="div">
                  <EvidenceText evidence={row.evidence} />
                </Typography>
                {row.evidence?.evidenceFile && (
                  <Typography variant="caption" component="div">
                    <EvidenceFileLink file={row.evidence.evidenceFile} />
                  </Typography>
                )}
              </Box>
              <RowActions row={row} onHistory={onHistory} onAssess={onAssess} />
            </Box>
          </ListItem>
        ))}
      </List>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label={t('competency.profile.gapTable')} data-testid="gap-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('competency.standard.competency')}</TableCell>
            <TableCell>{t('competency.typeLabel')}</TableCell>
            <TableCell>{t('competency.profile.required')}</TableCell>
            <TableCell>{t('competency.profile.current')}</TableCell>
            <TableCell>{t('competency.profile.gap')}</TableCell>
            <TableCell>{t('competency.profile.evidence')}</TableCell>
            <TableCell>
              <Box
                component="span"
                sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}
              >
                {t('competency.profile.actions')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((row) => (
            <TableRow key={row.competency.id} data-testid="gap-row">
              <TableCell>
                <Link to={`/kompetensi/${row.competency.id}`} style={{ fontWeight: 500 }}>
                  {row.competency.name}
                </Link>
              </TableCell>
              <TableCell>
                <CompetencyTypeChip type={row.competency.type} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <LevelMeter level={row.requiredLevel} color="secondary.main" />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <LevelMeter level={row.currentLevel} />
              </TableCell>
              <TableCell>
                <GapChip gap={row.gap} />
              </TableCell>
              <TableCell>
                <Typography variant="body2">
                  <EvidenceText evidence={row.evidence} />
                </Typography>
                {row.evidence?.evidenceFile && (
                  <Typography variant="body2">
                    <EvidenceFileLink file={row.evidence.evidenceFile} />
                  </Typography>
                )}
              </TableCell>
              <TableCell sx={{ width: 90 }}>
                <RowActions row={row} onHistory={onHistory} onAssess={onAssess} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
