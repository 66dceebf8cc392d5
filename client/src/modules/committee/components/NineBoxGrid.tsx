import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** Rows of performance (top: above expectation), columns of potential (left: low), as Permenpan RB 3/2020 draws it. */
const GRID = [
  [6, 8, 9],
  [3, 5, 7],
  [1, 2, 4],
];
const PERFORMANCE = ['ABOVE', 'MEETS', 'BELOW'];
const POTENTIAL = ['LOW', 'MEDIUM', 'HIGH'];

export interface BoxedPerson {
  id: string;
  name: string;
  box: number | null;
}

/**
 * The talent nine-box of the pool's candidates: each box names who sits in it (the latest
 * rating). Boxes 7–9 are the succession pool and are marked.
 */
export function NineBoxGrid({ people }: { people: BoxedPerson[] }) {
  const { t } = useTranslation();
  const unrated = people.filter((p) => p.box === null);
  return (
    <Box data-testid="nine-box">
      <Box sx={{ display: 'grid', gridTemplateColumns: 'auto repeat(3, minmax(0, 1fr))', gap: 0.5, alignItems: 'stretch' }}>
        {GRID.map((row, r) => [
          <Box key={`p${r}`} sx={{ display: 'flex', alignItems: 'center', pr: 0.5 }}>
            <Typography
              variant="caption"
              sx={{ writingMode: { xs: 'vertical-rl', sm: 'horizontal-tb' }, transform: { xs: 'rotate(180deg)', sm: 'none' } }}
            >
              {t(`committee.nineBox.performance.${PERFORMANCE[r]}`)}
            </Typography>
          </Box>,
          ...row.map((box) => {
            const inBox = people.filter((p) => p.box === box);
            const succession = box >= 7;
            return (
              <Box
                key={box}
                role="group"
                aria-label={t('committee.nineBox.boxLabel', { box, count: inBox.length })}
                data-testid={`nine-box-${box}`}
                sx={{
                  border: 1,
                  borderColor: succession ? 'success.main' : 'divider',
                  bgcolor: succession ? 'rgba(46, 125, 50, 0.08)' : 'background.paper',
                  borderRadius: 1,
                  p: 1,
                  minHeight: 72,
                  minWidth: 0,
                }}
              >
                <Typography variant="caption" sx={{ fontWeight: 600, display: 'block' }}>
                  {t('committee.nineBox.box', { box })}
                  {succession ? ` · ${t('committee.nineBox.succession')}` : ''}
                </Typography>
                {inBox.map((p) => (
                  <Typography key={p.id} variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                    {p.name}
                  </Typography>
                ))}
              </Box>
            );
          }),
        ])}
        <Box />
        {POTENTIAL.map((p) => (
          <Typography key={p} variant="caption" sx={{ textAlign: 'center' }}>
            {t(`committee.nineBox.potential.${p}`)}
          </Typography>
        ))}
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
        {t('committee.nineBox.axes')}
        {unrated.length ? ` ${t('committee.nineBox.unrated', { count: unrated.length })}` : ''}
      </Typography>
    </Box>
  );
}
