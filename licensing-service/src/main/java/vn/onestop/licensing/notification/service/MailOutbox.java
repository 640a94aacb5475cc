package vn.onestop.licensing.notification.service;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.onestop.licensing.application.service.Cases;
import vn.onestop.licensing.investor.InvestorDirectory;
import vn.onestop.licensing.investor.InvestorStatus;
import vn.onestop.licensing.notification.model.Notification;
import vn.onestop.licensing.notification.persistence.NotificationRepository;

/**
 * Delivers the e-mail copies of notifications after the changes that caused them have committed.
 * The address is asked of investor-service at delivery time, so an investor who changes it is
 * written to at the new one, and no address is copied into this service's database.
 */
@ApplicationScoped
public class MailOutbox {

    private final NotificationRepository notifications;
    private final Cases applications;
    private final InvestorDirectory investors;
    private final Mailer mailer;
    private final MailConfig config;
    private final Clock clock;

    MailOutbox(
            NotificationRepository notifications,
            Cases applications,
            InvestorDirectory investors,
            Mailer mailer,
            MailConfig config,
            Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.applications = applications;
        this.investors = investors;
        this.mailer = mailer;
        this.config = config;
    }

    @Scheduled(
            identity = "notification-mail",
            every = "${licensing.mail.every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = MailOutbox.Disabled.class)
    void deliverPending() {
        int delivered;
        do {
            delivered = QuarkusTransaction.requiringNew().call(this::deliverBatch);
        } while (delivered == config.batchSize());
    }

    /** One batch in one transaction: the rows stay locked until their outcome is recorded. */
    int deliverBatch() {
        List<Notification> batch = notifications.lockPendingEmails(config.batchSize());
        Map<String, Optional<InvestorStatus>> recipients = new HashMap<>();
        Instant now = clock.instant();
        for (Notification notification : batch) {
            try {
                Optional<InvestorStatus> investor =
                        recipients.computeIfAbsent(
                                notification.recipientIssuer()
                                        + " "
                                        + notification.recipientSubject(),
                                key ->
                                        investors.findByOwner(
                                                notification.recipientIssuer(),
                                                notification.recipientSubject()));
                String address = investor.map(InvestorStatus::contactEmail).orElse(null);
                if (address == null) {
                    notification.emailFailed("the investor register has no address", 1);
                    continue;
                }
                mailer.send(Mail.withText(address, subject(notification), body(notification)));
                notification.emailed(now);
            } catch (RuntimeException e) {
                // ApplicationException included: investor-service is down; try again later.
                notification.emailFailed(
                        e.getMessage() == null ? e.toString() : e.getMessage(),
                        config.maxAttempts());
                if (notification.emailStatus() == Notification.EmailStatus.FAILED) {
                    Log.errorf(
                            "Gave up e-mailing notification %s after %d attempts: %s",
                            notification.id(), notification.emailAttempts(), e.toString());
                }
            }
        }
        return batch.size();
    }

    private String subject(Notification notification) {
        return "[" + reference(notification) + "] " + KIND_TITLES.get(notification.kind());
    }

    private String body(Notification notification) {
        return notification.message()
                + "\n\nThe case file, with everything owed and its dates, is in your account"
                + " under "
                + reference(notification)
                + ".\n\n"
                + "This message was sent automatically by the investment licensing one-stop shop;"
                + " replies are not read.";
    }

    private String reference(Notification notification) {
        return applications.byId(notification.applicationId()).reference();
    }

    private static final Map<String, String> KIND_TITLES =
            Map.of(
                    Notifier.Kind.SUPPLEMENT_REQUESTED.name(), "Your dossier needs a supplement",
                    Notifier.Kind.DECISION.name(), "A decision on your case",
                    Notifier.Kind.LICENCE_ISSUED.name(), "Your Investment Registration Certificate",
                    Notifier.Kind.LAPSE_WARNING.name(), "Your case is about to lapse",
                    Notifier.Kind.CASE_ENDED.name(), "Your case has ended");

    /** Skips the job while e-mail is switched off. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        private final MailConfig config;

        Disabled(MailConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}
