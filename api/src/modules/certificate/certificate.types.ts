import { Field, Float, ObjectType } from 'type-graphql';
import { CertificateStatus } from './certificate.enums';

/**
 * What the public verification page shows, to anyone with the code: no more than the certificate
 * itself shows, and less (the NIP masked, no position, OPD or competencies).
 */
@ObjectType({ description: 'A certificate as anyone with its code may see it' })
export class CertificateVerification {
  @Field(() => CertificateStatus)
  status!: CertificateStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when revoked' })
  revokedOn!: string | null;

  @Field()
  holderName!: string;

  @Field({ description: 'Birth year and sequence only, e.g. 1992**** ****** * 001' })
  maskedNip!: string;

  @Field({ description: 'The learning the certificate is for' })
  activity!: string;

  @Field(() => Float)
  jp!: number;

  @Field({ description: 'YYYY-MM-DD, date of issue' })
  issuedOn!: string;
}

@ObjectType()
export class CertificatePermissions {
  @Field()
  download!: boolean;

  @Field()
  revoke!: boolean;
}
