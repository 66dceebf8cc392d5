import { Box, Chip, Tab, Tabs, useMediaQuery, useTheme } from '@mui/material';
import { useUrlState } from './useUrlState';

/**
 * The tab of a list kept in the URL (`tab`): the one asked for when the viewer has it, else
 * `preferred` when they have that, else their first. Changing it returns to the first page.
 */
export function useUrlTab<K extends string>(tabs: readonly K[], preferred: K): [K, (tab: K) => void] {
  const url = useUrlState();
  const requested = url.get('tab') as K;
  const tab = tabs.includes(requested) ? requested : tabs.includes(preferred) ? preferred : tabs[0];
  return [tab, (next) => url.set({ tab: next })];
}

interface ListTabsProps<K extends string> {
  value: K;
  onChange: (tab: K) => void;
  /** Each tab's label, and a count waiting there (shown when above zero). */
  tabs: readonly { key: K; label: string; count?: number | null }[];
}

/** Views of one list over the top of its card; full width on phones. Nothing when there is only one view. */
export function ListTabs<K extends string>({ value, onChange, tabs }: ListTabsProps<K>) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  if (tabs.length < 2) return null;
  return (
    <Tabs
      value={value}
      onChange={(_, v: K) => onChange(v)}
      variant={phone ? 'fullWidth' : 'standard'}
      sx={{ borderBottom: 1, borderColor: 'divider', px: { sm: 1 }, '& .MuiTab-root': { px: { xs: 1, sm: 2 }, minWidth: 0 } }}
    >
      {tabs.map(({ key, label, count }) => (
        <Tab
          key={key}
          value={key}
          label={
            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
              {label}
              {!!count && <Chip size="small" color="secondary" label={count} sx={{ height: 20, '& .MuiChip-label': { px: 0.75 } }} />}
            </Box>
          }
        />
      ))}
    </Tabs>
  );
}
