import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction, PlanDetailFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatJp } from '../../../ui/format';

const ICON: Record<PlanAction, ReactNode> = {
  PROPOSED: <NoteAddOutlined fontSize="small" />,
  EDITED: <EditOutlined fontSize="small" />,
  SUBMITTED: <SendOutlined fontSize="small" />,
  APPROVED: <CheckCircleOutlined fontSize="small" />,
  RETURNED: <UndoOutlined fontSize="small" />,
};

const COLOR: Record<PlanAction, string> = {
  PROPOSED: 'grey.600',
  EDITED: 'grey.600',
  SUBMITTED: 'info.main',
  APPROVED: 'success.main',
  RETURNED: 'warning.main',
};

/** The plan's history, oldest first, as a vertical timeline. */
export function PlanHistory({ events }: { events: PlanDetailFieldsFragment['events'] }) {
  const { t } = useTranslation();
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('plan.history')} data-testid="plan-history">
      {events.map((e, i) => (
        <Box component="li" key={e.id} sx={{ display: 'flex', gap: 1.5 }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
            <Box sx={{ width: 32, height: 32, borderRadius: '50%', display: 'grid', placeItems: 'center', color: 'common.white', bgcolor: COLOR[e.action], flexShrink: 0 }} aria-hidden>
              {ICON[e.action]}
            </Box>
            {i < events.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 2, minWidth: 0 }}>
            <Typography variant="body1" sx={{ fontWeight: 600, mt: 0.5 }}>
              {t(`plan.action.${e.action}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {e.actorName} · {formatDateTime(e.at)} · {formatJp(e.totalJp)}
            </Typography>
            {e.comment && (
              <Typography variant="body2" sx={{ mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'divider', whiteSpace: 'pre-line' }}>
                {e.comment}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
