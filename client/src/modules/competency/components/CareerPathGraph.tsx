import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowForward from '@mui/icons-material/ArrowForward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Card, CardActionArea, IconButton, List, ListItem, ListItemText, Tooltip, Typography } from '@mui/material';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CareerPathsQuery } from '../../../gql/graphql';

type Graph = CareerPathsQuery['careerPaths'];

function columnTitle(t: (key: string, options?: Record<string, unknown>) => string, distance: number): string {
  if (distance === 0) return t('competency.career.here');
  return distance < 0 ? t('competency.career.before', { count: -distance }) : t('competency.career.after', { count: distance });
}

/**
 * Career paths as columns by distance from this position: positions that lead here on the left
 * (top on phones), this one in the middle, the positions it leads to on the right.
 */
export function CareerPathGraph({ graph, onRemove }: { graph: Graph; onRemove?: (link: Graph['links'][number]) => void }) {
  const { t } = useTranslation();
  // One step each way by default; the whole walk on request.
  const [all, setAll] = useState(false);
  const farther = graph.nodes.filter((n) => Math.abs(n.distance) > 1).length;
  const nodes = all ? graph.nodes : graph.nodes.filter((n) => Math.abs(n.distance) <= 1);
  const visible = new Set(nodes.map((n) => n.position.id));
  const links = graph.links.filter((l) => visible.has(l.from.id) && visible.has(l.to.id));
  const distances = [...new Set(nodes.map((n) => n.distance))].sort((a, b) => a - b);
  return (
    <>
      <Box
        data-testid="career-graph"
        sx={{
          display: 'flex',
          flexDirection: { xs: 'column', md: 'row' },
          alignItems: { xs: 'stretch', md: 'center' },
          gap: 1,
          overflowX: { md: 'auto' },
          pb: 1,
        }}
      >
        {distances.map((d, i) => (
          <Fragment key={d}>
            {i > 0 && (
              <Box sx={{ display: 'grid', placeItems: 'center', color: 'text.secondary' }} aria-hidden>
                <ArrowForward fontSize="small" sx={{ display: { xs: 'none', md: 'block' } }} />
                <ArrowDownward sx={{ display: { xs: 'block', md: 'none' } }} />
              </Box>
            )}
            <Box
              component="section"
              aria-label={columnTitle(t, d)}
              sx={{ minWidth: { md: 150 }, maxWidth: { md: 280 }, flex: { md: '1 1 0' } }}
            >
              <Typography variant="overline" color="text.secondary" component="h3" sx={{ display: 'block', lineHeight: 1.5, mb: 0.5 }}>
                {columnTitle(t, d)}
              </Typography>
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
                {nodes
                  .filter((n) => n.distance === d)
                  .map(({ position: p }) =>
                    d === 0 ? (
                      <Card
                        key={p.id}
                        variant="outlined"
                        sx={{ p: 1.5, borderColor: 'primary.main', borderWidth: 2, bgcolor: 'action.selected' }}
                        aria-current="page"
                      >
                        <Typography variant="body2" sx={{ fontWeight: 600 }}>
                          {p.name}
                        </Typography>
                        <Typography variant="caption" color="text.secondary">
                          {t(`positionType.${p.positionType}`)}
                        </Typography>
                      </Card>
                    ) : (
                      <Card key={p.id} variant="outlined">
                        <CardActionArea component={Link} to={`/jabatan/${p.id}`} sx={{ p: 1.5 }}>
                          <Typography variant="body2" sx={{ fontWeight: 600, color: 'primary.main' }}>
                            {p.name}
                          </Typography>
                          <Typography variant="caption" color="text.secondary">
                            {t(`positionType.${p.positionType}`)}
                          </Typography>
                        </CardActionArea>
                      </Card>
                    ),
                  )}
              </Box>
            </Box>
          </Fragment>
        ))}
      </Box>
      {farther > 0 && (
        <Button size="small" onClick={() => setAll((a) => !a)} aria-expanded={all} sx={{ mt: 1 }}>
          {all ? t('competency.career.showNear') : t('competency.career.showAll', { count: farther })}
        </Button>
      )}
      {links.length > 0 && (
        <>
          <Typography variant="h3" component="h3" sx={{ mt: 2 }}>
            {t('competency.career.links')}
          </Typography>
          <List dense aria-label={t('competency.career.links')}>
            {links.map((link) => (
              <ListItem
                key={link.id}
                divider
                disableGutters
                secondaryAction={
                  onRemove && (
                    <Tooltip title={t('competency.career.remove')}>
                      <IconButton
                        edge="end"
                        aria-label={t('competency.career.removeLink', { from: link.from.name, to: link.to.name })}
                        onClick={() => onRemove(link)}
                      >
                        <DeleteOutline />
                      </IconButton>
                    </Tooltip>
                  )
                }
                sx={{ pr: onRemove ? 6 : 0 }}
              >
                <ListItemText
                  primary={
                    <>
                      <Link to={`/jabatan/${link.from.id}`}>{link.from.name}</Link>
                      {' → '}
                      <Link to={`/jabatan/${link.to.id}`}>{link.to.name}</Link>
                    </>
                  }
                  secondary={link.note ?? t('competency.career.noNote')}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </>
  );
}
