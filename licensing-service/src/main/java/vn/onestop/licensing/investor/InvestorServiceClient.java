package vn.onestop.licensing.investor;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * investor-service's service-to-service API, called with this service's own client-credentials
 * token (never the investor's).
 *
 * <p>Why the fault tolerance: a submission waits on this call while holding the case's row lock, so
 * it must give up quickly ({@link Timeout}); a dropped connection or a restarting instance is worth
 * one or two quick retries ({@link Retry}); and when investor-service is down, failing fast ({@link
 * CircuitBreaker}) answers investors with 503 at once instead of piling up waiting requests. "Not
 * registered" is an answer, not a failure, and is never retried.
 */
@RegisterRestClient(configKey = "investor-service")
@OidcClientFilter
@Path("/internal/investors")
interface InvestorServiceClient {

    @GET
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = InvestorNotRegisteredException.class)
    @CircuitBreaker(
            requestVolumeThreshold = 8,
            failureRatio = 0.5,
            delay = 10,
            delayUnit = ChronoUnit.SECONDS,
            skipOn = InvestorNotRegisteredException.class)
    InvestorStatus byOwner(
            @QueryParam("issuer") String issuer, @QueryParam("subject") String subject);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        if (response.getStatus() == 404) {
            return new InvestorNotRegisteredException();
        }
        return new ClientWebApplicationException(
                "investor-service answered " + response.getStatus(), response.getStatus());
    }
}
