import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CERTIFICATE_LIMITS, LIMITS } from '@komunitas-pintar/domain';
import { NotBlank } from '../../common/validators';
import { CertificateSource, CertificateStatus } from './certificate.enums';
import { NUMBER_FORMAT_MAX_LENGTH } from './registered-number';

@InputType()
export class CertificateFilter {
  @Field({ nullable: true, description: 'Part of the number or the holder’s name, or the start of the NIP' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  employeeId?: string;

  @Field(() => Int, { nullable: true, description: 'Year of issue' })
  @IsOptional()
  year?: number;

  @Field(() => CertificateStatus, { nullable: true })
  @IsOptional()
  status?: CertificateStatus;

  @Field(() => CertificateSource, { nullable: true })
  @IsOptional()
  source?: CertificateSource;
}

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID)
  @IsUUID()
  certificateId!: string;

  @Field({ description: 'Why: kept in the audit trail and shown with the revocation' })
  @NotBlank()
  @MaxLength(CERTIFICATE_LIMITS.revokeReasonMax)
  reason!: string;
}

@InputType()
export class IssueClaimCertificateInput {
  @Field(() => ID, { description: 'An approved learning claim whose organiser issued no certificate' })
  @IsUUID()
  claimId!: string;
}

@InputType()
export class VerifyCertificateInput {
  @Field({ description: 'The verification code, as printed or scanned (any case, with or without dashes)' })
  @MaxLength(40)
  code!: string;
}

@InputType()
export class UpdateCertificateSettingsInput {
  @Field()
  @NotBlank()
  @MaxLength(NUMBER_FORMAT_MAX_LENGTH)
  numberFormat!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'baseUrl must be an http(s) address without query or fragment' })
  baseUrl?: string | null;

  @Field()
  @NotBlank()
  @MaxLength(LIMITS.nameMax)
  government!: string;

  @Field()
  @NotBlank()
  @MaxLength(LIMITS.nameMax)
  agency!: string;

  @Field()
  @NotBlank()
  @MaxLength(80)
  place!: string;

  @Field()
  @NotBlank()
  @MaxLength(200)
  signerTitle!: string;

  @Field()
  @NotBlank()
  @MaxLength(LIMITS.nameMax)
  signerName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{18}$/, { message: 'signerNip must be 18 digits' })
  signerNip?: string | null;
}
