package vn.onestop.licensing.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.onestop.licensing.application.model.SubmissionKey;

/** Idempotency keys of submissions. */
@ApplicationScoped
public class SubmissionKeyRepository
        implements PanacheRepositoryBase<SubmissionKey, SubmissionKey.Id> {}
