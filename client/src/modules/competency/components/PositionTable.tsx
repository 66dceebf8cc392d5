import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PositionListFieldsFragment } from '../../../gql/graphql';

/** Positions as a table whose rows open the position page. */
export function PositionTable({ items }: { items: PositionListFieldsFragment[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('competency.position.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('competency.code')}</TableCell>
            <TableCell>{t('competency.position.name')}</TableCell>
            <TableCell>{t('employees.positionType')}</TableCell>
            <TableCell>{t('competency.affair')}</TableCell>
            <TableCell>{t('employees.opd')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((p) => (
            <TableRow key={p.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/jabatan/${p.id}`)}>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{p.code}</TableCell>
              <TableCell>
                <Link to={`/jabatan/${p.id}`} onClick={(ev) => ev.stopPropagation()} style={{ color: 'inherit', fontWeight: 500 }}>
                  {p.name}
                </Link>
              </TableCell>
              <TableCell>{t(`positionType.${p.positionType}`)}</TableCell>
              <TableCell>{p.governmentAffair ?? '–'}</TableCell>
              <TableCell sx={{ whiteSpace: p.opd ? undefined : 'nowrap' }}>{p.opd?.name ?? t('organisation.allOpds')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
