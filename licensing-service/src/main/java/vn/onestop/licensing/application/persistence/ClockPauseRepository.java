package vn.onestop.licensing.application.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.onestop.licensing.application.model.ClockPause;

/** Pauses of the statutory clock. */
@ApplicationScoped
public class ClockPauseRepository implements PanacheRepository<ClockPause> {

    public List<ClockPause> forApplication(UUID applicationId) {
        return list("applicationId", applicationId);
    }
}
