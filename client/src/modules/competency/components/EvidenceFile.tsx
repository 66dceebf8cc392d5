import AttachFileOutlined from '@mui/icons-material/AttachFileOutlined';
import { Box, Link as MuiLink } from '@mui/material';
import { useTranslation } from 'react-i18next';

/**
 * What the assessment form offers to pick: scans and photos of certificates or reports. The API
 * (api/src/modules/file/file-types.ts) decides what it accepts; this only narrows the picker.
 */
export const EVIDENCE_FILE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp';

export interface EvidenceFileRef {
  name: string;
  url: string;
}

/** A download link to the file backing an assessment; it opens in a new tab (the server checks access). */
export function EvidenceFileLink({ file }: { file: EvidenceFileRef }) {
  const { t } = useTranslation();
  return (
    <MuiLink
      href={file.url}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t('competency.evidenceFile.download', { name: file.name })}
      sx={{ display: 'inline-flex', alignItems: 'flex-start', gap: 0.5, overflowWrap: 'anywhere', minWidth: 0 }}
    >
      <AttachFileOutlined fontSize="small" sx={{ mt: '1px', flexShrink: 0 }} aria-hidden />
      <Box component="span" sx={{ minWidth: 0 }}>
        {file.name}
      </Box>
    </MuiLink>
  );
}
