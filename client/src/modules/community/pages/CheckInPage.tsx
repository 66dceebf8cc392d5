import QrCodeScannerOutlined from '@mui/icons-material/QrCodeScannerOutlined';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Container,
  FormControlLabel,
  Radio,
  RadioGroup,
  Skeleton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { SessionFieldsFragment } from '../../../gql/graphql';
import { Cell } from '../../../ui/Cell';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { errorCode, fieldErrorList } from '../../../ui/errors';
import { PageHeader } from '../../../ui/PageHeader';
import { CheckInToSessionMutation, CheckOutOfSessionMutation, MyOpenGroupSessionsQuery } from '../graphql/sessions';
import { cameraAvailable, scanCheckInCode } from '../lib/qrScan';
import { timeOf, timeRange } from '../components/sessionText';

type OpenSession = SessionFieldsFragment & { groupName: string };

/** The phone's location, asked once the member agreed; null when refused, unavailable or slow. */
function currentPosition(): Promise<{ latitude: number; longitude: number } | null> {
  if (!navigator.geolocation) return Promise.resolve(null);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  });
}

/** The camera view while scanning; stops the camera when closed. */
function Scanner({ onFound, onClose }: { onFound: (found: { sessionId: string | null; code: string }) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  const found = useRef(onFound);
  found.current = onFound;
  useEffect(() => {
    const abort = new AbortController();
    scanCheckInCode(video.current!, abort.signal).then(
      (result) => result && found.current(result),
      () => setFailed(true),
    );
    return () => abort.abort();
  }, []);
  return (
    <Stack spacing={1}>
      {failed ? (
        <Alert severity="warning">{t('community.checkIn.cameraRefused')}</Alert>
      ) : (
        <Box sx={{ position: 'relative', borderRadius: 1, overflow: 'hidden', bgcolor: 'grey.900', aspectRatio: '1 / 1' }}>
          <Box
            component="video"
            ref={video}
            muted
            aria-label={t('community.checkIn.cameraView')}
            sx={{ width: '100%', height: '100%', objectFit: 'cover' }}
          />
          <Box
            sx={{ position: 'absolute', inset: '15%', border: 3, borderColor: 'common.white', borderRadius: 2, pointerEvents: 'none' }}
          />
        </Box>
      )}
      <Button onClick={onClose}>{t('community.checkIn.stopScan')}</Button>
    </Stack>
  );
}

function CheckInForm({ sessions, initial }: { sessions: OpenSession[]; initial: { sessionId: string | null; code: string } }) {
  const { t } = useTranslation();
  const [sessionId, setSessionId] = useState<string | null>(initial.sessionId ?? (sessions.length === 1 ? sessions[0].id : null));
  const [code, setCode] = useState(initial.code);
  const [shareLocation, setShareLocation] = useState(true);
  const [scanning, setScanning] = useState(false);
  const [locating, setLocating] = useState(false);
  const [done, setDone] = useState<{ kind: 'in' | 'out'; at: string; flag: string | null; topic: string; located: boolean } | null>(null);
  const [checkIn, checkingIn] = useMutation(CheckInToSessionMutation, { refetchQueries: ['MyOpenGroupSessions'] });
  const [checkOut, checkingOut] = useMutation(CheckOutOfSessionMutation, { refetchQueries: ['MyOpenGroupSessions'] });
  const [error, setError] = useState<unknown>(null);
  const session = sessions.find((s) => s.id === sessionId) ?? null;
  const attended = session?.myAttendance ?? null;
  const leaving = !!attended && !attended.checkOutAt;
  const needsLocation = !!session?.needsLocation && !leaving;
  const busy = checkingIn.loading || checkingOut.loading || locating;
  const codeError = fieldErrorList(error).find((f) => f.field.endsWith('code'));

  const submit = async (typed = code, chosen = sessionId) => {
    setError(null);
    setDone(null);
    let where: { latitude: number; longitude: number } | null = null;
    if (needsLocation && shareLocation) {
      setLocating(true);
      where = await currentPosition();
      setLocating(false);
    }
    const input = { code: typed, ...(chosen && { sessionId: chosen }), ...(where ?? {}) };
    try {
      if (leaving && chosen === sessionId) {
        const result = await checkOut({ variables: { input } });
        const a = result.data!.checkOutOfSession;
        setDone({ kind: 'out', at: a.checkOutAt ?? a.checkInAt, flag: null, topic: a.sessionTopic, located: false });
      } else {
        const result = await checkIn({ variables: { input } });
        const a = result.data!.checkInToSession;
        setDone({ kind: 'in', at: a.checkInAt, flag: a.flag ?? null, topic: a.sessionTopic, located: !!where });
      }
      setCode('');
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Stack spacing={2}>
      {done && (
        <Alert severity={done.flag ? 'warning' : 'success'} role="status">
          <strong>
            {t(done.kind === 'in' ? 'community.checkIn.doneIn' : 'community.checkIn.doneOut', { time: timeOf(done.at), topic: done.topic })}
          </strong>
          {done.flag && <Box sx={{ mt: 0.5 }}>{t(`community.checkIn.flagged.${done.flag}`)}</Box>}
        </Alert>
      )}
      {sessions.length > 1 && (
        <RadioGroup aria-label={t('community.checkIn.whichSession')} value={sessionId ?? ''} onChange={(e) => setSessionId(e.target.value)}>
          {sessions.map((s) => (
            <FormControlLabel
              key={s.id}
              value={s.id}
              control={<Radio />}
              label={`${s.groupName} · ${s.topic}`}
              sx={{ alignItems: 'flex-start', mb: 1, '& .MuiRadio-root': { mt: -1 } }}
            />
          ))}
        </RadioGroup>
      )}
      {session && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="overline" component="p">
              {session.groupName}
            </Typography>
            <Typography variant="h2" component="p" sx={{ mb: 0.5 }}>
              {session.topic}
            </Typography>
            <Typography color="text.secondary">{timeRange(session.startsAt, session.endsAt)}</Typography>
            {session.placeName && <Typography color="text.secondary">{session.placeName}</Typography>}
            {attended && (
              <Typography sx={{ mt: 1 }} color="success.dark">
                {t('community.checkIn.already', { time: timeOf(attended.checkInAt) })}
                {attended.checkOutAt ? ` · ${t('community.checkIn.leftAt', { time: timeOf(attended.checkOutAt) })}` : ''}
              </Typography>
            )}
          </CardContent>
        </Card>
      )}
      {scanning ? (
        <Scanner
          onClose={() => setScanning(false)}
          onFound={(found) => {
            setScanning(false);
            setCode(found.code);
            if (found.sessionId) setSessionId(found.sessionId);
            void submit(found.code, found.sessionId ?? sessionId);
          }}
        />
      ) : (
        cameraAvailable() && (
          <Button variant="outlined" size="large" startIcon={<QrCodeScannerOutlined />} onClick={() => setScanning(true)} disabled={busy}>
            {t('community.checkIn.scan')}
          </Button>
        )
      )}
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack spacing={2}>
          <TextField
            label={t('community.checkIn.code')}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
            slotProps={{
              htmlInput: {
                inputMode: 'numeric',
                autoComplete: 'one-time-code',
                pattern: '[0-9]*',
                maxLength: 6,
                style: { fontSize: '1.75rem', letterSpacing: '0.3em', textAlign: 'center' },
              },
            }}
            helperText={
              codeError
                ? t(`community.checkIn.codeError.${codeError.rule}`, { defaultValue: codeError.message })
                : t('community.checkIn.codeHelp')
            }
            error={!!codeError}
            fullWidth
          />
          {needsLocation && (
            <FormControlLabel
              control={<Checkbox checked={shareLocation} onChange={(e) => setShareLocation(e.target.checked)} />}
              label={t('community.checkIn.shareLocation')}
            />
          )}
          {error != null &&
            !codeError &&
            (errorCode(error) === 'CONFLICT' ? (
              <Alert severity="warning">{t('community.checkIn.closed')}</Alert>
            ) : (
              <ErrorAlert error={error} />
            ))}
          <Button type="submit" variant="contained" size="large" disabled={code.length !== 6 || busy}>
            {locating ? t('community.checkIn.locating') : t(leaving ? 'community.checkIn.submitOut' : 'community.checkIn.submit')}
          </Button>
        </Stack>
      </Box>
    </Stack>
  );
}

/** Phone-first check-in: scan the trainer's QR code (where the camera can be used) or type the six digits. */
export function CheckInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const result = useQuery(MyOpenGroupSessionsQuery, { fetchPolicy: 'cache-and-network' });
  const initial = { sessionId: params.get('sesi'), code: (params.get('kode') ?? '').replace(/\D/g, '').slice(0, 6) };
  return (
    <Container maxWidth="sm" disableGutters>
      <PageHeader title={t('community.checkIn.title')} subtitle={t('community.checkIn.subtitle')} />
      <Cell result={result} loading={<Skeleton variant="rounded" height={280} />}>
        {(data) => (
          <Stack spacing={2}>
            {data.myOpenGroupSessions.length === 0 && (
              <Alert severity="info">
                {t('community.checkIn.noneOpen')} <RouterLink to="/kelompok?tab=mine">{t('community.checkIn.myGroups')}</RouterLink>
              </Alert>
            )}
            <CheckInForm sessions={data.myOpenGroupSessions} initial={initial} />
          </Stack>
        )}
      </Cell>
    </Container>
  );
}
