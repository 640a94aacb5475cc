package vn.onestop.support.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.TreeSet;
import vn.onestop.support.security.Actor;

/**
 * Records who changed what. {@code MANDATORY}: an audit record only exists together with the change
 * it describes, so it must join the caller's transaction and roll back with it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    private final AuditEventRepository events;

    AuditTrail(AuditEventRepository events) {
        this.events = events;
    }

    public void record(
            Actor actor,
            String action,
            String targetType,
            String targetId,
            Map<String, Object> details) {
        events.persist(
                new AuditEvent(
                        Instant.now(),
                        actor.issuer(),
                        actor.subject(),
                        actor.username(),
                        String.join(",", new TreeSet<>(actor.roles())),
                        action,
                        targetType,
                        targetId,
                        details));
    }
}
