package vn.onestop.licensing.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.onestop.licensing.application.model.Application;
import vn.onestop.licensing.notification.model.Notification;
import vn.onestop.licensing.notification.persistence.NotificationRepository;
import vn.onestop.support.security.Actor;

/**
 * Tells investors what happened to their case, in the same transaction as the change. The in-app
 * list is the record; when e-mail is enabled, {@link MailOutbox} also mails a copy after commit.
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
    private final MailConfig mail;
    private final Clock clock;

    Notifier(NotificationRepository notifications, MailConfig mail, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.mail = mail;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(Application application, Kind kind, String message) {
        var notification =
                new Notification(
                        application.id(),
                        application.ownerIssuer(),
                        application.ownerSubject(),
                        kind.name(),
                        message,
                        clock.instant());
        if (mail.enabled()) {
            notification.requestEmail();
        }
        notifications.persist(notification);
    }

    /** Everything the case's investor was told, oldest first, for the auditors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> ofCase(UUID applicationId) {
        return notifications.forApplication(applicationId);
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
