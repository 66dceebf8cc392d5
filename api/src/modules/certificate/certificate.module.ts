import { onDomainEvent } from '../../common/events';
import { defineModule } from '../../common/module';
import { Certificate, CertificateSequence, CertificateSettings } from './certificate.entity';
import { CertificateSource } from './certificate.enums';
import { CertificateResolver } from './certificate.resolver';
import { certificateRoutes } from './certificate.routes';
import { issueCertificate } from './issue-certificate';

export const certificateModule = defineModule({
  name: 'certificate',
  entities: [Certificate, CertificateSequence, CertificateSettings],
  resolvers: [CertificateResolver],
  routes: [{ path: '/certificates', router: certificateRoutes }],
  register() {
    // A certifying module completed: one certificate per learner for the JP record of the module (across its versions).
    onDomainEvent('moduleCompleted', async (event, { em, clock }) => {
      if (!event.certifying) return;
      await issueCertificate(em, clock, {
        employeeId: event.employeeId,
        source: CertificateSource.MODULE,
        sourceId: event.learningRecordId,
        learningRecordId: event.learningRecordId,
        competencies: event.competencies,
      });
    });
    // A group member's completion approved: the certificate states the JP record of the group's attended time.
    onDomainEvent('groupMemberCompleted', async (event, { em, clock }) => {
      if (!event.learningRecordId) return;
      await issueCertificate(em, clock, {
        employeeId: event.employeeId,
        source: CertificateSource.GROUP,
        sourceId: event.groupId,
        learningRecordId: event.learningRecordId,
        result: event.score != null ? `Nilai ${event.score}` : null,
      });
    });
  },
});
