import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import { Box, Button, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import type { CertificateFieldsFragment } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDate, formatJp, formatNip } from '../../../ui/format';
import { ListPage } from '../../../ui/ListPage';
import { SearchField } from '../../../ui/SearchField';
import { useDebounced } from '../../../ui/useDebounced';
import { useUrlState } from '../../../ui/useUrlState';
import { withPrevious } from '../../../ui/withPrevious';
import { RevokeDialog } from '../components/RevokeDialog';
import { CertificatesQuery } from '../graphql/certificates';

function CertificateCard({ c, showHolder, onRevoke }: { c: CertificateFieldsFragment; showHolder: boolean; onRevoke: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const revoked = c.status === 'REVOKED';
  return (
    <Card variant="outlined" data-testid="certificate-card">
      <CardContent sx={{ pb: 1 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 0.5 }}>
          <Chip size="small" variant="outlined" color={revoked ? 'error' : 'success'} label={t(`certificate.status.${c.status}`)} />
          <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
            {c.number}
          </Typography>
        </Box>
        <Typography variant="h3" component="h2" sx={{ overflowWrap: 'anywhere' }}>
          {c.title}
        </Typography>
        {showHolder && (
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {c.holderName} · <span style={{ fontFamily: 'monospace' }}>{formatNip(c.holderNip)}</span> · {c.opdName}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {[
            c.formName,
            c.startDate === c.endDate ? formatDate(c.startDate) : `${formatDate(c.startDate)} – ${formatDate(c.endDate)}`,
            formatJp(c.jp),
          ].join(' · ')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('certificate.issuedOn', { date: formatDate(c.issuedOn) })}
        </Typography>
        {revoked && (
          <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
            {t('certificate.revokedNote', { date: formatDate(c.revokedAt), reason: c.revokedReason ?? '' })}
          </Typography>
        )}
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, flexWrap: 'wrap', gap: 1 }}>
        {c.viewerCan.download && (
          <Button
            variant="contained"
            startIcon={<DownloadOutlined />}
            href={c.pdfUrl}
            download
            aria-label={t('certificate.downloadLabel', { number: c.number })}
          >
            {t('certificate.download')}
          </Button>
        )}
        <Button
          startIcon={<LinkOutlined />}
          onClick={() => {
            void navigator.clipboard?.writeText(c.verifyUrl).then(() => setCopied(true));
          }}
        >
          {copied ? t('certificate.copied') : t('certificate.copyLink')}
        </Button>
        <Button href={c.verifyUrl} target="_blank" rel="noopener noreferrer">
          {t('certificate.openVerify')}
        </Button>
        {c.viewerCan.revoke && (
          <Button color="error" onClick={onRevoke}>
            {t('certificate.revoke.action')}
          </Button>
        )}
      </CardActions>
    </Card>
  );
}

/** "My certificates" for learners; the register with search for administrators and the committee. */
export function CertificatesPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const register = hasRole('ADMIN', 'COMMITTEE', 'SUPERVISOR');
  const url = useUrlState();
  const search = url.get('cari') ?? '';
  const debounced = useDebounced(search.trim());
  const result = withPrevious(
    useQuery(CertificatesQuery, { variables: { filter: { search: debounced || undefined }, page: url.pageInput } }),
  );
  const [revoking, setRevoking] = useState<CertificateFieldsFragment | null>(null);
  const total = result.data?.certificates.total ?? 0;
  return (
    <>
      <ListPage
        title={register ? t('certificate.registerTitle') : t('certificate.listTitle')}
        subtitle={t('certificate.listSubtitle')}
        filters={
          register && (
            <Box sx={{ mb: 2, maxWidth: 480 }}>
              <SearchField value={search} onChange={(v) => url.set({ cari: v })} label={t('certificate.search')} />
            </Box>
          )
        }
        plain
        result={result}
        total={total}
        pager={url.pager}
        isEmpty={(d) => d.certificates.total === 0}
        empty={
          <EmptyState
            title={search ? t('certificate.noneFound') : t('certificate.emptyTitle')}
            body={search ? undefined : t('certificate.emptyBody')}
          />
        }
      >
        {(data) => (
          <Stack spacing={1.5}>
            {data.certificates.items.map((c) => (
              <CertificateCard key={c.id} c={c} showHolder={register} onRevoke={() => setRevoking(c)} />
            ))}
          </Stack>
        )}
      </ListPage>
      {revoking && <RevokeDialog certificate={revoking} onClose={() => setRevoking(null)} />}
    </>
  );
}
