import { Box, Pagination } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The catalog's numbered pages under its cards; a page past the end (after the list shrank) shows the last one. */
export function CatalogPager({ pages, page, onPage }: { pages: number; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', mt: 3 }}>
      <Pagination
        count={pages}
        page={Math.min(page, pages - 1) + 1}
        onChange={(_, p) => onPage(p - 1)}
        color="primary"
        siblingCount={0}
        getItemAriaLabel={(type, n) => t(`learning.catalog.pageAria.${type}`, { page: n })}
      />
    </Box>
  );
}
