package vn.onestop.support.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The append-only {@code audit_event} table. */
@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    public List<AuditEvent> forTarget(String targetType, String targetId) {
        return list(
                "targetType = :type and targetId = :id",
                Sort.ascending("id"),
                Parameters.with("type", targetType).and("id", targetId));
    }
}
