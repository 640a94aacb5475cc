package vn.onestop.portal;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * A LOCAL DEMO certification authority, so that an official of the local suite can enrol a browser
 * key without leaving the browser: {@code POST /api/enrolment/certificate} takes the page's PKCS#10
 * request and answers the chain {@code POST /officials/me/certificates} takes. Off unless {@code
 * portal.demo-ca.certificate-file} and {@code portal.demo-ca.key-file} name deploy/local/pki's demo
 * CA; in production the office's CA issues certificates by its own procedure and the page shows the
 * request to hand over instead ({@code GET /api/enrolment} tells the page which).
 *
 * <p>The certificate names the signed-in account, whatever subject the request asked for, and is
 * issued only for a request signed by its own P-256 key (proof of possession).
 */
@ApplicationScoped
class DemoCertificateAuthority {

    private static final Logger LOG = Logger.getLogger(DemoCertificateAuthority.class);
    private static final Set<String> OFFICIAL_ROLES =
            Set.of("reception", "environment", "appraisal", "approver", "agency");
    private static final int MAX_REQUEST_BYTES = 16 * 1024;

    private final IdentityProviderManager identities;
    private final PortalConfig config;
    private DemoCertificateIssuer issuer;

    DemoCertificateAuthority(IdentityProviderManager identities, PortalConfig config) {
        this.identities = identities;
        this.config = config;
    }

    void load(@Observes StartupEvent start) throws IOException, GeneralSecurityException {
        Optional<Path> certificateFile = config.demoCa().certificateFile();
        Optional<Path> keyFile = config.demoCa().keyFile();
        if (certificateFile.isPresent() && keyFile.isPresent()) {
            issuer = DemoCertificateIssuer.load(certificateFile.get(), keyFile.get());
            LOG.warnf(
                    "LOCAL DEMO certification authority on: %s issues officials' certificates",
                    issuer.name());
        }
    }

    void routes(@Observes Router router) {
        router.get("/api/enrolment")
                .handler(
                        rc ->
                                rc.response()
                                        .putHeader("Content-Type", "application/json")
                                        .putHeader("Cache-Control", "no-store")
                                        .end(
                                                new JsonObject()
                                                        .put("demoCertificateAuthority", on())
                                                        .encode()));
        router.post("/api/enrolment/certificate").handler(this::issue);
    }

    private boolean on() {
        return issuer != null;
    }

    private void issue(RoutingContext rc) {
        if (Problems.refusedWithoutCsrfHeader(rc, config)) {
            return;
        }
        if (!on()) {
            Problems.send(
                    rc,
                    404,
                    "not-found",
                    "No certification authority here",
                    "This portal has no demo certification authority: hand the certificate request"
                            + " to the office's CA");
            return;
        }
        rc.request().pause();
        QuarkusHttpUser.getSecurityIdentity(rc, identities)
                .subscribe()
                .with(identity -> withIdentity(rc, identity), failure -> rc.request().resume());
    }

    private void withIdentity(RoutingContext rc, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            rc.request().resume();
            Problems.send(rc, 401, "unauthorized", "Authentication is required", "Sign in again");
            return;
        }
        if (identity.getRoles().stream().noneMatch(OFFICIAL_ROLES::contains)) {
            rc.request().resume();
            Problems.send(
                    rc,
                    403,
                    "forbidden",
                    "You are not allowed to do this",
                    "Only officials are issued signing certificates");
            return;
        }
        String username = identity.getPrincipal().getName();
        rc.request().resume();
        rc.request()
                .body()
                .onFailure(
                        e ->
                                Problems.send(
                                        rc,
                                        400,
                                        "malformed-request",
                                        "The request could not be read",
                                        e.getMessage()))
                .onSuccess(
                        body ->
                                rc.vertx()
                                        .<JsonObject>executeBlocking(() -> sign(body, username))
                                        .onSuccess(
                                                chain ->
                                                        rc.response()
                                                                .setStatusCode(201)
                                                                .putHeader(
                                                                        "Content-Type",
                                                                        "application/json")
                                                                .putHeader(
                                                                        "Cache-Control", "no-store")
                                                                .end(chain.encode()))
                                        .onFailure(
                                                e ->
                                                        Problems.send(
                                                                rc,
                                                                422,
                                                                "unprocessable",
                                                                "The certificate request was"
                                                                        + " refused",
                                                                e.getMessage())));
    }

    private JsonObject sign(Buffer body, String username) throws Exception {
        if (body.length() > MAX_REQUEST_BYTES) {
            throw new IllegalArgumentException(
                    "The request is over " + MAX_REQUEST_BYTES + " bytes");
        }
        String pem;
        try {
            pem = new JsonObject(body).getString("certificateRequest");
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("The body must be {\"certificateRequest\": PEM}");
        }
        if (pem == null) {
            throw new IllegalArgumentException("certificateRequest is missing");
        }
        List<String> chain = issuer.issue(pem, username);
        LOG.infof("LOCAL DEMO CA issued a certificate to %s", username);
        return new JsonObject().put("certificateChain", new JsonArray(chain));
    }
}
