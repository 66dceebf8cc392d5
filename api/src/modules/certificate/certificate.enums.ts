import { registerEnumType } from 'type-graphql';

/** What a certificate was issued for. */
export enum CertificateSource {
  /** A course module marked as certifying, completed. */
  MODULE = 'MODULE',
  /** A smart community group, its completion approved. */
  GROUP = 'GROUP',
  /** An approved learning claim whose organiser issued no certificate. */
  CLAIM = 'CLAIM',
}

export enum CertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
}

registerEnumType(CertificateSource, { name: 'CertificateSource', description: 'What a certificate was issued for' });
registerEnumType(CertificateStatus, { name: 'CertificateStatus', description: 'Valid, or revoked by an administrator with a reason' });
