import { TablePagination, useMediaQuery, useTheme } from '@mui/material';
import { useTranslation } from 'react-i18next';

/**
 * The pager under a server-paged list. A page past the end (after the list shrank) shows the
 * last page. Without `onLimit` and `sizes`, and on phones (no room), the page size cannot be changed.
 */
export function ListPagination({
  total,
  page,
  limit,
  onPage,
  onLimit,
  sizes,
}: {
  total: number;
  page: number;
  limit: number;
  onPage: (page: number) => void;
  onLimit?: (limit: number) => void;
  sizes?: number[];
}) {
  const { t } = useTranslation();
  const phone = useMediaQuery(useTheme().breakpoints.down('md'));
  const lastPage = Math.max(0, Math.ceil(total / limit) - 1);
  return (
    <TablePagination
      component="div"
      count={total}
      page={Math.min(page, lastPage)}
      onPageChange={(_, p) => onPage(p)}
      rowsPerPage={limit}
      onRowsPerPageChange={onLimit ? (e) => onLimit(Number(e.target.value)) : undefined}
      rowsPerPageOptions={onLimit && sizes && !phone ? sizes : []}
      labelRowsPerPage={t('common.rowsPerPage')}
      labelDisplayedRows={({ from, to, count }) => t('common.displayedRows', { from, to, count })}
    />
  );
}
