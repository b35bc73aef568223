import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { clock } from '../../common/clock';
import { ExportFile } from '../../common/export-file';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { nameOfRepresentative } from './attempt-reads.service';
import { CertificateListArgs } from './attempt.inputs';
import { CertificateStatus, certificateStatusesOf } from './certificate-status';
import { Certificate } from './certificate.entity';
import * as certificates from './certificate.service';
import { ANSWER_READERS } from './question.entity';
import { Quiz } from './quiz.entity';
import { CertificateVerification } from './results.views';

@Resolver(() => Certificate)
export class CertificateResolver {
  @Authorized(ANSWER_READERS)
  @Query(() => [Certificate])
  allCertificates(@Args() args: CertificateListArgs, @Ctx() context: RequestContext) {
    return certificates.listCertificates(context, args);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => ListMetadata)
  _allCertificatesMeta(@Args() { filter }: CertificateListArgs, @Ctx() context: RequestContext) {
    return certificates.countCertificates(context, filter);
  }

  @Authorized([...ANSWER_READERS, Role.REPRESENTATIVE])
  @Query(() => Certificate, { description: 'A certificate of the client; a representative reads only their own.' })
  Certificate(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return certificates.readableCertificate(context, id);
  }

  @Authorized(Role.REPRESENTATIVE)
  @Query(() => [Certificate], { description: "The caller's certificates, newest first." })
  myCertificates(@Ctx() context: RequestContext) {
    return certificates.myCertificates(context);
  }

  @Authorized([...ANSWER_READERS, Role.REPRESENTATIVE])
  @Query(() => ExportFile, { description: 'The certificate as PDF (Russian, DejaVu font); a representative downloads only their own.' })
  certificatePdf(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return certificates.certificateFile(context, id);
  }

  @Query(() => CertificateVerification, {
    nullable: true,
    description: 'Public, no sign-in: checks a verification code. Reveals only the name, the quiz, the dates and the status; null for an unknown code.',
  })
  verifyCertificate(@Arg('code') code: string, @Ctx() context: RequestContext) {
    return certificates.verifyCertificate(context, code);
  }

  @FieldResolver(() => CertificateStatus)
  async status(@Root() certificate: Certificate, @Ctx() context: RequestContext): Promise<CertificateStatus> {
    const statuses = context.loaders.custom('certificateStatuses', async (ids) => {
      const found = await certificateStatusesOf(context.tenant.manager, [...ids], clock.now());
      return ids.map((id) => found.get(id) ?? CertificateStatus.NONE);
    });
    return statuses.load(certificate.id);
  }

  @FieldResolver(() => String)
  async quizTitle(@Root() certificate: Certificate, @Ctx() context: RequestContext): Promise<string> {
    return (await context.loaders.byId(Quiz).load(certificate.quizId))?.title ?? '';
  }

  @FieldResolver(() => String)
  representativeName(@Root() certificate: Certificate, @Ctx() context: RequestContext): Promise<string> {
    return nameOfRepresentative(context, certificate.representativeId);
  }
}
