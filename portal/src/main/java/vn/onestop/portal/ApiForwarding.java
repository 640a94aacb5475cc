package vn.onestop.portal;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
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
import java.util.Locale;
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

    /**
     * Carries the target URI from {@link #forward} to the proxy's interceptor; always overwritten
     * here and removed there, so it never leaves the portal.
     */
    private static final String TARGET = "X-Onestop-Proxy-Target";

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
        if (!SAFE.contains(request.method()) && Problems.refusedWithoutCsrfHeader(rc, config)) {
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
        String target = origin.target(rc.normalizedPath(), request.query());
        if (target == null) {
            request.resume();
            Problems.send(rc, 404, "not-found", "Not found", "No such API path");
            return;
        }
        MultiMap headers = request.headers();
        // The portal's own cookies (the encrypted session) and anything the browser claims as
        // credentials or as its own address stay here; the services see only the token the portal
        // holds for the user and the address the portal saw.
        for (String name : Set.copyOf(headers.names())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-forwarded-") || lower.equals("x-real-ip")) {
                headers.remove(name);
            }
        }
        headers.remove(HttpHeaders.COOKIE);
        headers.remove(HttpHeaders.AUTHORIZATION);
        headers.remove("Forwarded");
        // The portal compresses what it sends itself (quarkus.http.enable-compression), which would
        // relabel a body the service had compressed: ask the services for plain bodies.
        headers.remove(HttpHeaders.ACCEPT_ENCODING);
        headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
        headers.set(TARGET, target);
        if (token != null) {
            headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        origin.proxy.handle(request);
    }

    /** A service behind a path prefix of the portal. */
    private final class Origin {
        final HttpProxy proxy;
        private final String prefix;
        private final String basePath;

        Origin(String prefix, URI base) {
            boolean tls = "https".equalsIgnoreCase(base.getScheme());
            int port = base.getPort() != -1 ? base.getPort() : tls ? 443 : 80;
            this.prefix = prefix;
            this.basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
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
                            outgoing.setURI(outgoing.headers().get(TARGET));
                            outgoing.headers().remove(TARGET);
                            outgoing.setAuthority(HostAndPort.create(base.getHost(), port));
                            return context.sendRequest();
                        }

                        @Override
                        public Future<Void> handleProxyResponse(ProxyContext context) {
                            // A service sets no cookie and grants no CORS through the portal.
                            var headers = context.response().headers();
                            headers.remove(HttpHeaders.SET_COOKIE);
                            for (String name : Set.copyOf(headers.names())) {
                                if (name.toLowerCase(Locale.ROOT).startsWith("access-control-")) {
                                    headers.remove(name);
                                }
                            }
                            // A Location the service built from its own address points back
                            // through the portal.
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

        /**
         * The service's URI for a normalized portal path (dot segments already resolved), or null
         * when the path is not below this origin's prefix or names the service's own management
         * endpoints ({@code /q/}), which the portal never exposes.
         */
        String target(String path, String query) {
            if (!prefix.isEmpty() && !path.startsWith(prefix + "/")) {
                return null;
            }
            String rest = path.substring(prefix.length());
            if (rest.equals("/q") || rest.startsWith("/q/")) {
                return null;
            }
            return basePath + rest + (query == null ? "" : "?" + query);
        }
    }
}
