package vn.onestop.support.audit;

import io.quarkus.logging.Log;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.onestop.support.problem.AccessRefused;
import vn.onestop.support.security.Actor;
import vn.onestop.support.security.CurrentActor;

/**
 * Records refusals of authenticated callers (403) with the endpoint they tried. Anonymous calls
 * (401) are not recorded: they carry no actor, and recording them would let anyone fill the table.
 */
@ApplicationScoped
public class AccessDenials {

    private final AuditTrail trail;
    private final AuditContext context;
    private final CurrentActor actor;
    private final SecurityIdentity identity;

    AccessDenials(
            AuditTrail trail, AuditContext context, CurrentActor actor, SecurityIdentity identity) {
        this.trail = trail;
        this.context = context;
        this.actor = actor;
        this.identity = identity;
    }

    /**
     * Records that the current request was refused. Security checks may refuse on the event loop,
     * where no transaction may run, so the record is then written from a worker thread.
     */
    void refused(@Observes AccessRefused refusal) {
        String reason = refusal.reason();
        if (identity.isAnonymous()) {
            return;
        }
        Actor who = actor.get();
        AuditSource source = context.current();
        Runnable write =
                () -> {
                    try {
                        trail.denied(who, source, "endpoint", source.location(), reason);
                    } catch (RuntimeException e) {
                        Log.errorf(
                                e, "Could not record a refused request to %s", source.location());
                    }
                };
        if (BlockingOperationControl.isBlockingAllowed()) {
            write.run();
        } else {
            Infrastructure.getDefaultWorkerPool().execute(write);
        }
    }
}
