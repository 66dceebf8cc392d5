import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { addressKey } from '../../common/client-address';
import { type Context, type RequestFacts, requireActor } from '../../common/context';
import { ForbiddenError } from '../../common/errors';
import { PageInput, PageOf } from '../../common/paging';
import { Role } from '../../common/role';
import { Employee } from '../organisation/employee.entity';
import { Certificate, CertificateSettings } from './certificate.entity';
import {
  CertificateFilter,
  IssueClaimCertificateInput,
  RevokeCertificateInput,
  UpdateCertificateSettingsInput,
  VerifyCertificateInput,
} from './certificate.inputs';
import { CertificateService } from './certificate.service';
import { CertificatePermissions, CertificateVerification } from './certificate.types';
import { RateLimiter } from './rate-limit';

const CertificatePage = PageOf(Certificate, 'CertificatePage');

/** Verifications one address may ask for per minute. */
export const VERIFY_LIMIT_PER_MINUTE = 30;
const verifyLimiter = new RateLimiter(VERIFY_LIMIT_PER_MINUTE, 60_000);

/** Where the request came to: the address the QR code points at when no base URL is set. */
export function requestOrigin(req: RequestFacts | undefined): string {
  return req ? `${req.protocol}://${req.get('host')}` : 'http://localhost';
}

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => CertificateVerification, {
    nullable: true,
    description:
      'Public, no login: status, holder name, masked NIP, activity, JP and date of the certificate with this code; null for an unknown code. Rate limited per address.',
  })
  async verifyCertificate(@Ctx() ctx: Context, @Arg('input') input: VerifyCertificateInput): Promise<CertificateVerification | null> {
    // Calls over HTTP count against their address; calls from inside the server do not.
    if (ctx.req) {
      const wait = verifyLimiter.take(addressKey(ctx.req.ip ?? 'unknown'), ctx.clock.now().getTime());
      if (wait) {
        const error = new ForbiddenError(`Too many verifications from this address: try again in ${wait} s`);
        Object.assign(error.extra, { reason: 'RATE_LIMITED', retryAfterSeconds: wait });
        throw error;
      }
    }
    return new CertificateService(ctx.em, ctx.clock).verify(input.code);
  }

  @Authorized()
  @Query(() => CertificatePage, {
    description:
      'Certificates the viewer may see: own, supervised OPDs, or the whole register for committee and admins (search by number, name or NIP)',
  })
  certificates(
    @Ctx() ctx: Context,
    @Arg('filter', () => CertificateFilter, { nullable: true }) filter?: CertificateFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return new CertificateService(ctx.em, ctx.clock).certificates(requireActor(ctx), filter, page ?? new PageInput());
  }

  @Authorized()
  @Query(() => Certificate)
  certificate(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Certificate> {
    return new CertificateService(ctx.em, ctx.clock).certificate(requireActor(ctx), id);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Certificate, { description: 'Revokes a certificate with a reason (audited); the verification page shows it revoked' })
  revokeCertificate(@Ctx() ctx: Context, @Arg('input') input: RevokeCertificateInput): Promise<Certificate> {
    return new CertificateService(ctx.em, ctx.clock).revoke(requireActor(ctx), input);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => Certificate, {
    description: 'Issues a registered certificate for an approved claim whose organiser issued none (audited)',
  })
  issueClaimCertificate(@Ctx() ctx: Context, @Arg('input') input: IssueClaimCertificateInput): Promise<Certificate> {
    return new CertificateService(ctx.em, ctx.clock).issueForClaim(requireActor(ctx), input.claimId);
  }

  @Authorized([Role.ADMIN])
  @Query(() => CertificateSettings, { description: 'Number format, base URL, place, issuer and signing official' })
  certificateSettings(@Ctx() ctx: Context): Promise<CertificateSettings> {
    return new CertificateService(ctx.em, ctx.clock).settings(requireActor(ctx));
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => CertificateSettings)
  updateCertificateSettings(@Ctx() ctx: Context, @Arg('input') input: UpdateCertificateSettingsInput): Promise<CertificateSettings> {
    return new CertificateService(ctx.em, ctx.clock).updateSettings(requireActor(ctx), input);
  }

  @FieldResolver(() => Employee)
  employee(@Root() certificate: Certificate): Promise<Employee> {
    return certificate.employee.load() as Promise<Employee>;
  }

  @FieldResolver(() => String, { description: 'The public verification page: the share link, and what the QR code opens' })
  async verifyUrl(@Root() certificate: Certificate, @Ctx() ctx: Context): Promise<string> {
    const service = new CertificateService(ctx.em, ctx.clock);
    return service.verifyUrl(certificate, await service.baseUrl(requestOrigin(ctx.req)));
  }

  @FieldResolver(() => String, { description: 'Where the PDF downloads (access is checked)' })
  pdfUrl(@Root() certificate: Certificate): string {
    return `/certificates/${certificate.id}/pdf`;
  }

  @FieldResolver(() => CertificatePermissions)
  viewerCan(@Root() certificate: Certificate, @Ctx() ctx: Context): CertificatePermissions {
    return new CertificateService(ctx.em, ctx.clock).permissions(requireActor(ctx), certificate);
  }
}
