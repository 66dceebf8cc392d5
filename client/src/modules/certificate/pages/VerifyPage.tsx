import CancelOutlined from '@mui/icons-material/CancelOutlined';
import VerifiedOutlined from '@mui/icons-material/VerifiedOutlined';
import { Alert, Box, Card, CardContent, Container, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DetailList } from '../../../ui/DetailList';
import { errorCode } from '../../../ui/errors';
import { formatDate, formatJp } from '../../../ui/format';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { VerifyCertificateQuery } from '../graphql/certificates';

/** The public page a certificate's QR code opens: whether it is valid, and no more than the certificate shows. */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const result = useQuery(VerifyCertificateQuery, { variables: { input: { code } } });
  const c = result.data?.verifyCertificate;
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'background.default', py: { xs: 3, sm: 6 } }}>
      <Container maxWidth="sm">
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', mb: 2, gap: 1 }}>
          <Typography variant="h1">{t('certificate.verify.title')}</Typography>
          <LanguageSwitch />
        </Box>
        <Card variant="outlined">
          <CardContent>
            {result.loading && !result.data ? (
              <Skeleton variant="rounded" height={180} data-testid="loading" />
            ) : result.error ? (
              <Alert severity="error">
                {errorCode(result.error) === 'FORBIDDEN' ? t('certificate.verify.tooMany') : t(`errors.${errorCode(result.error)}.body`)}
              </Alert>
            ) : !c ? (
              <Alert severity="warning" icon={<CancelOutlined />} data-testid="verify-unknown">
                <strong>{t('certificate.verify.unknownTitle')}</strong> {t('certificate.verify.unknownBody')}
              </Alert>
            ) : (
              <>
                {c.status === 'VALID' ? (
                  <Alert severity="success" icon={<VerifiedOutlined />} sx={{ mb: 2 }} data-testid="verify-status">
                    <strong>{t('certificate.verify.valid')}</strong>
                  </Alert>
                ) : (
                  <Alert severity="error" icon={<CancelOutlined />} sx={{ mb: 2 }} data-testid="verify-status">
                    <strong>{t('certificate.verify.revoked', { date: formatDate(c.revokedOn) })}</strong>
                  </Alert>
                )}
                <DetailList
                  items={[
                    { label: t('certificate.verify.holder'), value: c.holderName },
                    { label: 'NIP', value: <span style={{ fontFamily: 'monospace' }}>{c.maskedNip}</span> },
                    { label: t('certificate.verify.activity'), value: c.activity },
                    { label: 'JP', value: formatJp(c.jp) },
                    { label: t('certificate.verify.issuedOn'), value: formatDate(c.issuedOn) },
                  ]}
                />
              </>
            )}
          </CardContent>
        </Card>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {t('certificate.verify.note')}
        </Typography>
      </Container>
    </Box>
  );
}
