package vn.onestop.support.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Read-only access to the stored trail for the audit API, one transaction per question. */
@ApplicationScoped
@Transactional
public class AuditQueries {

    private final AuditStore store;

    AuditQueries(AuditStore store) {
        this.store = store;
    }

    public List<AuditRecord> search(AuditQuery query, int page, int size) {
        return store.search(query, page, size);
    }

    public long count(AuditQuery query) {
        return store.count(query);
    }

    public List<AuditStore.SealedCheckpoint> checkpoints(long from, long to) {
        return store.checkpoints(from, to);
    }
}
