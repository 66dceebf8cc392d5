import FullscreenOutlined from '@mui/icons-material/FullscreenOutlined';
import { Alert, Box, Button, Chip, List, ListItem, ListItemText, Skeleton, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackButton } from '../../../ui/BackButton';
import { Cell } from '../../../ui/Cell';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { CloseGroupSessionMutation, GroupSessionQuery, SessionCheckInCodeQuery } from '../graphql/sessions';
import { spacedCode, timeRange } from '../components/sessionText';

/** Seconds until `until`, counted down every second. */
function useSecondsLeft(until: string | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return until ? Math.max(0, Math.ceil((new Date(until).getTime() - now) / 1000)) : 0;
}

/** The rotating code and its QR code, refreshed as each minute's code replaces the last. */
function RotatingCode({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const result = useQuery(SessionCheckInCodeQuery, {
    variables: { sessionId },
    pollInterval: 5_000,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const shown = result.data?.sessionCheckInCode;
  const left = useSecondsLeft(shown?.shownUntil);
  const { refetch } = result;
  useEffect(() => {
    if (shown && left === 0) void refetch();
  }, [left, shown, refetch]);
  if (result.error && !shown) return <ErrorAlert error={result.error} onRetry={() => void refetch()} />;
  if (!shown) return <Skeleton variant="rounded" height={360} />;
  return (
    <Stack spacing={1} sx={{ alignItems: 'center', textAlign: 'center' }}>
      <Box
        component="img"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(shown.qrSvg)}`}
        alt={t('community.console.qrAlt', { code: spacedCode(shown.code) })}
        sx={{ width: 'min(70vmin, 420px)', height: 'auto', bgcolor: 'common.white', p: 1, borderRadius: 1 }}
      />
      <Typography
        component="p"
        data-testid="check-in-code"
        aria-live="polite"
        sx={{
          fontSize: 'clamp(2.5rem, 12vmin, 6rem)',
          fontWeight: 700,
          letterSpacing: '0.08em',
          fontVariantNumeric: 'tabular-nums',
          lineHeight: 1.1,
        }}
      >
        {spacedCode(shown.code)}
      </Typography>
      <Typography color="text.secondary">{t('community.console.changesIn', { count: left })}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('community.console.howTo', { path: '/absen' })}
      </Typography>
    </Stack>
  );
}

/** The trainer's screen while a session is open: the rotating QR code full-screen and who has checked in. */
export function SessionConsolePage() {
  const { t } = useTranslation();
  const { id, sessionId } = useParams();
  const result = useQuery(GroupSessionQuery, { variables: { id: sessionId! }, pollInterval: 5_000 });
  const [close, closing] = useMutation(CloseGroupSessionMutation, { refetchQueries: ['GroupSession', 'GroupSessions'] });
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const stage = useRef<HTMLDivElement>(null);
  const fullscreen = () => void stage.current?.requestFullscreen?.().catch(() => undefined);
  return (
    <>
      <BackButton fallback={`/kelompok/${id}`} />
      <Cell result={result} loading={<Skeleton variant="rounded" height={480} />}>
        {({ groupSession: s }) => (
          <Stack spacing={2}>
            <Box>
              <Typography variant="h1">{s.topic}</Typography>
              <Typography color="text.secondary">
                {s.groupName} · {timeRange(s.startsAt, s.endsAt)}
                {s.placeName ? ` · ${s.placeName}` : ''}
              </Typography>
            </Box>
            {s.status === 'OPEN' ? (
              <Box
                ref={stage}
                sx={{
                  bgcolor: 'background.paper',
                  p: 2,
                  borderRadius: 1,
                  border: 1,
                  borderColor: 'divider',
                  '&:fullscreen': { display: 'flex', flexDirection: 'column', justifyContent: 'center', border: 0 },
                }}
              >
                <RotatingCode sessionId={s.id} />
                <Box sx={{ display: 'flex', justifyContent: 'center', gap: 1, mt: 2, flexWrap: 'wrap' }}>
                  <Button variant="outlined" startIcon={<FullscreenOutlined />} onClick={fullscreen}>
                    {t('community.console.fullscreen')}
                  </Button>
                  <Button color="error" onClick={() => setAsking(true)}>
                    {t('community.session.close')}
                  </Button>
                </Box>
              </Box>
            ) : (
              <Alert severity="info">{t(`community.console.notOpen.${s.status}`)}</Alert>
            )}
            <Box>
              <Typography variant="h2" gutterBottom>
                {t('community.console.present', { count: s.attendances.length })}
              </Typography>
              <List dense disablePadding>
                {s.attendances.map((a) => (
                  <ListItem key={a.id} divider disableGutters>
                    <ListItemText primary={a.employee.name} secondary={`${formatDateTime(a.checkInAt)} · ${a.employee.opdName}`} />
                    {a.flag && <Chip size="small" color="warning" label={t(`community.flag.${a.flag}`)} />}
                    {a.method === 'MANUAL' && <Chip size="small" variant="outlined" label={t('community.attendance.manual')} />}
                  </ListItem>
                ))}
              </List>
            </Box>
            {asking && (
              <ConfirmDialog
                title={t('community.session.closeTitle')}
                body={t('community.session.closeBody')}
                confirmLabel={t('community.session.close')}
                busy={closing.loading}
                error={error}
                onClose={() => setAsking(false)}
                onConfirm={() =>
                  close({ variables: { input: { sessionId: s.id } } }).then(
                    () => setAsking(false),
                    (e: unknown) => setError(e),
                  )
                }
              />
            )}
          </Stack>
        )}
      </Cell>
    </>
  );
}
