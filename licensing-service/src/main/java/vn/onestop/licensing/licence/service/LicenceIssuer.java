package vn.onestop.licensing.licence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.licence.model.Licence;
import vn.onestop.licensing.licence.persistence.LicenceRepository;
import vn.onestop.workflow.limits.Deadlines;

/**
 * Issues the certificate of an approved case. Idempotent: a retried licence job finds the licence
 * it already issued (and the unique application key forbids a second one).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LicenceIssuer {

    private final LicenceRepository licences;

    LicenceIssuer(LicenceRepository licences) {
        this.licences = licences;
    }

    public Licence issue(Application application, Instant now) {
        return licences.forApplication(application.id())
                .orElseGet(
                        () -> {
                            LocalDate today = LocalDate.ofInstant(now, Deadlines.AUTHORITY_ZONE);
                            var licence =
                                    new Licence(
                                            application.id(),
                                            licences.nextCertificateNumber(today.getYear()),
                                            now,
                                            today);
                            licences.persist(licence);
                            return licence;
                        });
    }
}
