package vn.onestop.licensing.licence.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.licensing.licence.model.Licence;

/** Issued licences and their numbers. */
@ApplicationScoped
public class LicenceRepository implements PanacheRepositoryBase<Licence, UUID> {

    public Optional<Licence> forApplication(UUID applicationId) {
        return find("applicationId", applicationId).firstResultOptional();
    }

    public Optional<Licence> findByNumber(String certificateNumber) {
        return find("certificateNumber", certificateNumber).firstResultOptional();
    }

    /** The next certificate number of the authority, e.g. {@code BQL-2026-000045}. */
    public String nextCertificateNumber(int year) {
        Number next =
                (Number)
                        getEntityManager()
                                .createNativeQuery("select nextval('licence_number_seq')")
                                .getSingleResult();
        return String.format("BQL-%d-%06d", year, next.longValue());
    }
}
