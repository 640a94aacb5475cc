package vn.onestop.support.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.onestop.support.security.Actor;

/**
 * Records who did what. {@code MANDATORY}: an audit record only exists together with the change it
 * describes, so it joins the caller's transaction, rolls back with it, and takes its place in the
 * hash chain as that transaction commits ({@link AuditChain}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    /** The event type of a refused attempt on protected data. */
    public static final String ACCESS_DENIED = "ACCESS_DENIED";

    private final AuditEventRepository events;
    private final AuditChain chain;
    private final AuditContext context;
    private final String service;
    private final Clock clock;

    AuditTrail(
            AuditEventRepository events,
            AuditChain chain,
            AuditContext context,
            @ConfigProperty(name = "quarkus.application.name") String service,
            Clock clock) {
        this.clock = clock;
        this.events = events;
        this.chain = chain;
        this.context = context;
        this.service = service;
    }

    public void record(
            Actor actor,
            String action,
            String targetType,
            String targetId,
            Map<String, Object> details) {
        write(
                actor,
                context.current(),
                action,
                AuditOutcome.SUCCESS,
                targetType,
                targetId,
                details);
    }

    /**
     * Records a refused attempt in a transaction of its own: the caller's transaction is about to
     * roll back with the refusal, and the record of it must stay. {@code source} is taken from the
     * request by the caller, as this may run on another thread.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(
            Actor actor, AuditSource source, String targetType, String targetId, String reason) {
        write(
                actor,
                source,
                ACCESS_DENIED,
                AuditOutcome.DENIED,
                targetType,
                targetId,
                Map.of("reason", reason));
    }

    /** {@link #denied(Actor, AuditSource, String, String, String)} from the current request. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(Actor actor, String targetType, String targetId, String reason) {
        denied(actor, context.current(), targetType, targetId, reason);
    }

    private void write(
            Actor actor,
            AuditSource source,
            String action,
            AuditOutcome outcome,
            String targetType,
            String targetId,
            Map<String, Object> details) {
        AuditEvent event =
                new AuditEvent(
                        clock.instant().truncatedTo(ChronoUnit.MICROS),
                        service,
                        outcome,
                        source,
                        actor.issuer(),
                        actor.subject(),
                        AuditContext.singleLine(actor.username(), 255),
                        String.join(",", new TreeSet<>(actor.roles())),
                        action,
                        targetType,
                        AuditContext.singleLine(targetId, 100),
                        details);
        events.persist(event);
        if (event.id() == null) {
            events.flush();
        }
        chain.enlist(event.id());
    }
}
