package vn.onestop.licensing.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.notification.model.Notification;
import vn.onestop.licensing.notification.persistence.NotificationRepository;
import vn.onestop.support.security.Actor;

/**
 * Tells investors what happened to their case, in the same transaction as the change. E-mail
 * delivery (Quarkus Mailer, when SMTP is configured) is not wired yet; the in-app list is the
 * record.
 */
@ApplicationScoped
@Transactional
public class Notifier {

    /** What a notification is about. */
    public enum Kind {
        SUPPLEMENT_REQUESTED,
        DECISION,
        LICENCE_ISSUED,
        LAPSE_WARNING,
        CASE_ENDED
    }

    private final NotificationRepository notifications;

    Notifier(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Application application, Kind kind, String message) {
        notifications.persist(
                new Notification(
                        application.id(),
                        application.ownerIssuer(),
                        application.ownerSubject(),
                        kind.name(),
                        message,
                        Instant.now()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> forInvestor(Actor investor, int page, int size) {
        return notifications.forRecipient(investor.issuer(), investor.subject(), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countForInvestor(Actor investor) {
        return notifications.countForRecipient(investor.issuer(), investor.subject());
    }
}
