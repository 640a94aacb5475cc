package vn.onestop.licensing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.onestop.workflow.process.CaseStage.COMPLETENESS_CHECK;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.notification.model.Notification;
import vn.onestop.licensing.notification.persistence.NotificationRepository;
import vn.onestop.licensing.support.ApiTest;
import vn.onestop.licensing.support.ApplicationRequests;
import vn.onestop.licensing.support.CaseApi;
import vn.onestop.licensing.support.InvestorRegister;
import vn.onestop.licensing.support.MailServer;
import vn.onestop.support.testing.TestTokens;
import vn.onestop.workflow.process.EnvironmentalCategory;

/** Notifications reach the investor's registered address by e-mail, after commit, with retries. */
@QuarkusTest
class NotificationMailTest extends ApiTest {

    private final String reception = TestTokens.withRoles("reception");
    private final NotificationRepository notifications;

    NotificationMailTest(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Test
    void shouldEmailASupplementRequestToTheInvestorsRegisteredAddress() throws Exception {
        var application =
                CaseApi.submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String address = InvestorRegister.emailOf(application.investorSubject());

        requestSupplement(application);

        List<MimeMessage> received =
                await().atMost(Duration.ofSeconds(15))
                        .until(
                                () -> MailServer.receivedBy(address),
                                messages -> !messages.isEmpty());
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("[" + application.reference() + "] Your dossier needs a supplement");
        assertThat(text(received.get(0)))
                .contains(application.reference() + " needs a supplement; answer by");
        awaitSent(application);
    }

    @Test
    void shouldKeepTheEmailPendingWhileTheInvestorRegisterIsDownAndSendItAfter() throws Exception {
        var application =
                CaseApi.submitted(ApplicationRequests.inCategory(EnvironmentalCategory.IV));
        String address = InvestorRegister.emailOf(application.investorSubject());
        InvestorRegister.unreachable(application.investorSubject());

        requestSupplement(application);

        await().atMost(Duration.ofSeconds(15)).until(() -> attempts(application) > 0);
        assertThat(MailServer.receivedBy(address)).isEmpty();
        assertThat(emailStatuses(application)).containsExactly(Notification.EmailStatus.PENDING);

        InvestorRegister.register(application.investorSubject(), "VERIFIED");

        await().atMost(Duration.ofSeconds(15))
                .until(() -> MailServer.receivedBy(address), messages -> messages.size() == 1);
        awaitSent(application);
    }

    /** The outbox records SENT in its own commit after the SMTP server has the message. */
    private void awaitSent(CaseApi.Case application) {
        await().atMost(Duration.ofSeconds(15))
                .until(
                        () -> emailStatuses(application),
                        statuses -> statuses.equals(List.of(Notification.EmailStatus.SENT)));
    }

    private void requestSupplement(CaseApi.Case application) {
        CaseApi.complete(
                        reception,
                        CaseApi.taskId(reception, application, COMPLETENESS_CHECK),
                        Map.of(
                                "outcome",
                                "SUPPLEMENT_NEEDED",
                                "reasons",
                                List.of(Map.of("document", "Land lease", "reason", "Not signed"))))
                .statusCode(204);
    }

    private List<Notification.EmailStatus> emailStatuses(CaseApi.Case application) {
        return forCase(application).stream().map(Notification::emailStatus).toList();
    }

    private int attempts(CaseApi.Case application) {
        return forCase(application).stream().mapToInt(Notification::emailAttempts).sum();
    }

    private List<Notification> forCase(CaseApi.Case application) {
        return QuarkusTransaction.requiringNew()
                .call(() -> notifications.list("applicationId", UUID.fromString(application.id())));
    }

    /**
     * The body decoded by hand rather than through content handlers: the contract validator's old
     * javax.mail jar on the test classpath registers handlers Jakarta Mail cannot use.
     */
    private static String text(jakarta.mail.internet.MimeMessage message) throws Exception {
        try (var body =
                jakarta.mail.internet.MimeUtility.decode(
                        message.getRawInputStream(), message.getEncoding())) {
            return new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
