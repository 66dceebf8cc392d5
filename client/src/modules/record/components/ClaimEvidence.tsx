import { Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClaimEvidenceKind } from '../../../gql/graphql';
import { UploadedFileCard } from '../../../ui/UploadedFileCard';

/** The evidence files of a claim, each a link the server checks access to, with what it is. */
export function ClaimEvidence({
  evidence,
}: {
  evidence: { kind: ClaimEvidenceKind; file: { id: string; name: string; url: string; size: number } }[];
}) {
  const { t } = useTranslation();
  if (!evidence.length) return <>{t('claim.noEvidence')}</>;
  return (
    <Stack spacing={1}>
      {evidence.map((e) => (
        <UploadedFileCard
          key={e.file.id}
          file={{ ...e.file, name: `${t(`claim.evidenceKind.${e.kind}`)}: ${e.file.name}` }}
          linkLabel={`${t(`claim.evidenceKind.${e.kind}`)} ${e.file.name}`}
        />
      ))}
    </Stack>
  );
}
