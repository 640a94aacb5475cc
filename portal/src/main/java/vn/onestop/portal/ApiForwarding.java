package vn.onestop.portal;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Set;

/**
 * Forwards the single-page app's calls to the services: {@code /api/investor/**} and {@code
 * /api/licensing/**} with the signed-in user's access token (tokens never reach the browser, and
 * the services need no CORS), and the public verification page {@code /verify/**} without one.
 * Bodies are streamed both ways, so uploads and PDFs are never held in memory here.
 */
@ApplicationScoped
class ApiForwarding {

    private static final Set<HttpMethod> SAFE =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final PortalConfig config;
    private final Vertx vertx;
    private final IdentityProviderManager identities;

    ApiForwarding(PortalConfig config, Vertx vertx, IdentityProviderManager identities) {
        this.config = config;
        this.vertx = vertx;
        this.identities = identities;
    }

    void routes(@Observes Router router) {
        Origin investor = new Origin("/api/investor", config.investorServiceUrl());
        Origin licensing = new Origin("/api/licensing", config.licensingServiceUrl());
        Origin verification = new Origin("", config.licensingServiceUrl());
        router.route("/api/investor/*").handler(rc -> withToken(rc, investor));
        router.route("/api/licensing/*").handler(rc -> withToken(rc, licensing));
        // Public, and it must work without JavaScript (its form posts back to itself): no token
        // is ever attached, so there is nothing for a forged request to borrow.
        router.route("/verify/*").handler(rc -> forward(rc, verification, null));
    }

    private void withToken(RoutingContext rc, Origin origin) {
        HttpServerRequest request = rc.request();
        if (!SAFE.contains(request.method())
                && !config.csrfHeaderValue().equals(request.getHeader(config.csrfHeader()))) {
            Problems.send(
                    rc,
                    403,
                    "csrf",
                    "Missing request header",
                    "State-changing calls must carry the header "
                            + config.csrfHeader()
                            + ": "
                            + config.csrfHeaderValue());
            return;
        }
        // The session is checked (and refreshed with Keycloak if its tokens expired) before the
        // body is read: hold it until then.
        request.pause();
        QuarkusHttpUser.getSecurityIdentity(rc, identities)
                .subscribe()
                .with(
                        identity -> forward(rc, origin, accessToken(identity)),
                        // Quarkus OIDC has answered already (ApiCalls: 401, never a redirect).
                        failure -> request.resume());
    }

    private static String accessToken(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : token.getToken();
    }

    private void forward(RoutingContext rc, Origin origin, String token) {
        HttpServerRequest request = rc.request();
        // The portal's own cookies (the encrypted session) and anything the browser claims as
        // credentials stay here; the services see only the token the portal holds for the user.
        request.headers().remove(HttpHeaders.COOKIE);
        request.headers().remove(HttpHeaders.AUTHORIZATION);
        request.headers().remove("Forwarded");
        // The portal compresses what it sends itself (quarkus.http.enable-compression), which would
        // relabel a body the service had compressed: ask the services for plain bodies.
        request.headers().remove(HttpHeaders.ACCEPT_ENCODING);
        request.headers().set("X-Forwarded-For", request.remoteAddress().hostAddress());
        if (token != null) {
            request.headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        origin.proxy.handle(request);
    }

    /** A service behind a path prefix of the portal. */
    private final class Origin {
        final HttpProxy proxy;

        Origin(String prefix, URI base) {
            boolean tls = "https".equalsIgnoreCase(base.getScheme());
            int port = base.getPort() != -1 ? base.getPort() : tls ? 443 : 80;
            String basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
            HttpClient client =
                    vertx.createHttpClient(
                            new HttpClientOptions()
                                    .setSsl(tls)
                                    .setKeepAlive(true)
                                    .setMaxPoolSize(50));
            proxy = HttpProxy.reverseProxy(client).origin(port, base.getHost());
            proxy.addInterceptor(
                    new ProxyInterceptor() {
                        @Override
                        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                            var outgoing = context.request();
                            outgoing.setURI(
                                    basePath + outgoing.getURI().substring(prefix.length()));
                            outgoing.setAuthority(HostAndPort.create(base.getHost(), port));
                            return context.sendRequest();
                        }

                        @Override
                        public Future<Void> handleProxyResponse(ProxyContext context) {
                            // A Location the service built from its own address points back
                            // through the portal.
                            var headers = context.response().headers();
                            String location = headers.get(HttpHeaders.LOCATION);
                            if (location != null) {
                                String path = URI.create(location).getRawPath();
                                if (path != null && path.startsWith(basePath)) {
                                    String query = URI.create(location).getRawQuery();
                                    headers.set(
                                            HttpHeaders.LOCATION,
                                            prefix
                                                    + path.substring(basePath.length())
                                                    + (query == null ? "" : "?" + query));
                                }
                            }
                            return context.sendResponse();
                        }
                    });
        }
    }
}
