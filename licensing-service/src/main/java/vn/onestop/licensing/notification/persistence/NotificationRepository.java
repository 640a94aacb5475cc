package vn.onestop.licensing.notification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.onestop.licensing.notification.model.Notification;

/** Notifications, newest first per recipient. */
@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    /** Every notification about one case, oldest first. */
    public List<Notification> forApplication(UUID applicationId) {
        return list("applicationId", Sort.ascending("createdAt").and("id"), applicationId);
    }

    public List<Notification> forRecipient(String issuer, String subject, int page, int size) {
        return find(
                        "recipientIssuer = :issuer and recipientSubject = :subject",
                        Sort.descending("createdAt").and("id"),
                        Parameters.with("issuer", issuer).and("subject", subject))
                .page(Page.of(page, size))
                .list();
    }

    /**
     * The oldest notifications waiting for their e-mail, locked; rows another sender holds are
     * skipped, so several replicas can drain the outbox side by side.
     */
    @SuppressWarnings("unchecked")
    public List<Notification> lockPendingEmails(int limit) {
        return getEntityManager()
                .createNativeQuery(
                        "select * from notification where email_status = 'PENDING'"
                                + " order by created_at limit :limit for update skip locked",
                        Notification.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    public long countForRecipient(String issuer, String subject) {
        return count(
                "recipientIssuer = :issuer and recipientSubject = :subject",
                Parameters.with("issuer", issuer).and("subject", subject));
    }
}
