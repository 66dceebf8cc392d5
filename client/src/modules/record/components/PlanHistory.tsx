import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import ExpandMore from '@mui/icons-material/ExpandMore';
import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { Box, Button, Collapse, Typography } from '@mui/material';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction, PlanDetailFieldsFragment } from '../../../gql/graphql';
import { formatDateTime, formatJp } from '../../../ui/format';
import { levelStep } from './PlanItems';

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

type PlanEvent = PlanDetailFieldsFragment['events'][number];

/** The items a plan had at one event, behind a toggle so the timeline stays short. */
function EventItems({ event }: { event: PlanEvent }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (event.items.length === 0) return null;
  return (
    <Box sx={{ mt: 0.5 }}>
      <Button
        size="small"
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        endIcon={<ExpandMore sx={{ transition: 'transform 150ms', transform: open ? 'rotate(180deg)' : 'none' }} />}
        sx={{ ml: -0.75, textAlign: 'left' }}
      >
        {open ? t('plan.historyItems.hide') : t('plan.historyItems.show', { count: event.items.length })}
      </Button>
      <Collapse in={open} unmountOnExit>
        <Box
          component="ol"
          id={listId}
          aria-label={t('plan.historyItems.label', { action: t(`plan.action.${event.action}`), date: formatDateTime(event.at) })}
          sx={{ m: 0, mt: 0.5, pl: 2.5, display: 'grid', gap: 0.75 }}
        >
          {event.items.map((item, i) => (
            <Box component="li" key={i} sx={{ overflowWrap: 'anywhere' }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {item.competency ? `${item.competency.code} · ${item.competency.name}` : t('plan.item.noCompetency')}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {[levelStep(t, item), item.form.name, formatJp(item.targetJp)].filter(Boolean).join(' · ')}
              </Typography>
              {item.note && (
                <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
                  {item.note}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
      </Collapse>
    </Box>
  );
}

/** The plan's history, oldest first, as a vertical timeline; each event can show its items. */
export function PlanHistory({ events }: { events: PlanDetailFieldsFragment['events'] }) {
  const { t } = useTranslation();
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={t('plan.history')} data-testid="plan-history">
      {events.map((e, i) => (
        <Box component="li" key={e.id} sx={{ display: 'flex', gap: 1.5 }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
            <Box
              sx={{
                width: 32,
                height: 32,
                borderRadius: '50%',
                display: 'grid',
                placeItems: 'center',
                color: 'common.white',
                bgcolor: COLOR[e.action],
                flexShrink: 0,
              }}
              aria-hidden
            >
              {ICON[e.action]}
            </Box>
            {i < events.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 2, minWidth: 0, flex: 1 }}>
            <Typography variant="body1" sx={{ fontWeight: 600, mt: 0.5 }}>
              {t(`plan.action.${e.action}`)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {e.actorName} · {formatDateTime(e.at)} · {formatJp(e.totalJp)}
            </Typography>
            {e.comment && (
              <Typography
                variant="body2"
                sx={{ mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'divider', whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
              >
                {e.comment}
              </Typography>
            )}
            <EventItems event={e} />
          </Box>
        </Box>
      ))}
    </Box>
  );
}
