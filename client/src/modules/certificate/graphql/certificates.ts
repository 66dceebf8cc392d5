import { graphql } from '../../../gql';

export const CertificateFields = graphql(`
  fragment CertificateFields on Certificate {
    id
    number
    title
    formName
    holderName
    holderNip
    opdName
    startDate
    endDate
    jp
    issuedOn
    status
    revokedAt
    revokedReason
    source
    verifyUrl
    pdfUrl
    viewerCan {
      download
      revoke
    }
  }
`);

export const CertificatesQuery = graphql(`
  query Certificates($filter: CertificateFilter, $page: PageInput) {
    certificates(filter: $filter, page: $page) {
      total
      items {
        ...CertificateFields
      }
    }
  }
`);

export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($input: VerifyCertificateInput!) {
    verifyCertificate(input: $input) {
      status
      revokedOn
      holderName
      maskedNip
      activity
      jp
      issuedOn
    }
  }
`);

export const RevokeCertificateMutation = graphql(`
  mutation RevokeCertificate($input: RevokeCertificateInput!) {
    revokeCertificate(input: $input) {
      ...CertificateFields
    }
  }
`);
