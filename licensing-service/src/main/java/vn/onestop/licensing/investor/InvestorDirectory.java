package vn.onestop.licensing.investor;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.ProblemType;

/** Who the calling account is as an investor, according to investor-service. */
@ApplicationScoped
public class InvestorDirectory {

    private final InvestorServiceClient client;

    InvestorDirectory(@RestClient InvestorServiceClient client) {
        this.client = client;
    }

    /**
     * The investor registered by an account, or empty when it registered none.
     *
     * @throws ApplicationException 503 when investor-service cannot answer
     */
    public Optional<InvestorStatus> findByOwner(String issuer, String subject) {
        try {
            return Optional.of(client.byOwner(issuer, subject));
        } catch (InvestorNotRegisteredException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            Log.warnf("investor-service unavailable: %s", e.toString());
            throw new ApplicationException(
                    ProblemType.SERVICE_UNAVAILABLE, "investor-register.unreachable");
        }
    }
}
