package vn.onestop.licensing.licence.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.application.model.ProjectDetails;
import vn.onestop.licensing.decision.model.StageDecision;
import vn.onestop.licensing.decision.service.Decisions;
import vn.onestop.licensing.licence.model.Licence;
import vn.onestop.licensing.licence.pdf.LicenceContent;
import vn.onestop.licensing.licence.pdf.LicencePdf;
import vn.onestop.licensing.licence.persistence.LicenceRepository;
import vn.onestop.support.json.CanonicalJson;
import vn.onestop.workflow.limits.Deadlines;

/**
 * Issues the certificate of an approved case: the licence record and its sealed PDF, in the licence
 * job's transaction. Idempotent: a retried job finds the licence it already issued (and the unique
 * application key forbids a second one); a job that failed before commit left nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LicenceIssuer {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LicenceRepository licences;
    private final Decisions decisions;
    private final LicenceSeal seal;
    private final LicenceConfig config;

    LicenceIssuer(
            LicenceRepository licences,
            Decisions decisions,
            LicenceSeal seal,
            LicenceConfig config) {
        this.licences = licences;
        this.decisions = decisions;
        this.seal = seal;
        this.config = config;
    }

    public Licence issue(Application application, Instant now) {
        Licence licence =
                licences.forApplication(application.id())
                        .orElseGet(
                                () -> {
                                    LocalDate today =
                                            LocalDate.ofInstant(now, Deadlines.AUTHORITY_ZONE);
                                    var issued =
                                            new Licence(
                                                    application.id(),
                                                    licences.nextCertificateNumber(today.getYear()),
                                                    now,
                                                    today);
                                    licences.persist(issued);
                                    return issued;
                                });
        if (!licence.isSealed()) {
            StageDecision approval = decisions.latestOf(application.id()).orElseThrow();
            byte[] pdf =
                    seal.seal(
                            LicencePdf.render(content(licence, application, approval)),
                            licence.certificateNumber(),
                            now);
            licence.sealed(pdf, CanonicalJson.sha256Hex(pdf), approval.documentHash(), now);
        }
        return licence;
    }

    /** The public verification page that the licence's QR code opens. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String verificationUrl(String certificateNumber) {
        return config.publicUrl().replaceAll("/+$", "") + "/verify/licences/" + certificateNumber;
    }

    private LicenceContent content(
            Licence licence, Application application, StageDecision approval) {
        ProjectDetails details = application.details();
        return new LicenceContent(
                config.authorityVi(),
                config.authorityEn(),
                licence.certificateNumber(),
                licence.issuedOn(),
                application.investorName(),
                details.projectName(),
                details.objectives(),
                details.zone() == null ? details.park() : details.zone() + ", " + details.park(),
                number(details.totalCapital().amount()) + " " + details.totalCapital().currency(),
                number(details.landAreaM2()) + " m²",
                schedule(details),
                String.valueOf(details.expectedEmployees()),
                application.reference(),
                DATE.format(LocalDate.ofInstant(approval.decidedAt(), Deadlines.AUTHORITY_ZONE))
                        + " — SHA-256 "
                        + approval.documentHash(),
                verificationUrl(licence.certificateNumber()));
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    private static String schedule(ProjectDetails details) {
        return "Khởi công / Construction: "
                + (details.constructionStart() == null
                        ? "—"
                        : DATE.format(details.constructionStart()))
                + "; Vận hành / Operation: "
                + (details.operationStart() == null ? "—" : DATE.format(details.operationStart()));
    }
}
