package vn.onestop.portal;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The same security headers on every answer: the single-page app, its assets, the forwarded API
 * answers and the public verification page. They are set just before the headers are written, so
 * they also replace whatever a forwarded service sent.
 */
@ApplicationScoped
class SecurityHeaders {

    /** No inline script or style anywhere; nothing may frame the portal. */
    static final String CONTENT_SECURITY_POLICY =
            String.join(
                    "; ",
                    "default-src 'self'",
                    "script-src 'self'",
                    "style-src 'self'",
                    "img-src 'self' data: blob:",
                    "font-src 'self'",
                    "connect-src 'self'",
                    "worker-src 'self' blob:",
                    "object-src 'none'",
                    "base-uri 'none'",
                    "form-action 'self'",
                    "frame-ancestors 'none'");

    private final PortalConfig config;

    SecurityHeaders(PortalConfig config) {
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(
                rc -> {
                    String path = rc.normalizedPath();
                    rc.addHeadersEndHandler(
                            ignored -> {
                                MultiMap headers = rc.response().headers();
                                if (ApiCalls.isApi(path)
                                        && rc.response().getStatusCode()
                                                == ApiCalls.OIDC_JAVASCRIPT_STATUS) {
                                    rc.response().setStatusCode(401);
                                    headers.set("WWW-Authenticate", "Session");
                                    headers.set("Cache-Control", "no-store");
                                }
                                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                                headers.set("X-Content-Type-Options", "nosniff");
                                headers.set("X-Frame-Options", "DENY");
                                headers.set("Referrer-Policy", "same-origin");
                                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                                headers.set(
                                        "Permissions-Policy",
                                        "camera=(), microphone=(), geolocation=(), payment=()");
                                if (config.hsts()) {
                                    headers.set(
                                            "Strict-Transport-Security",
                                            "max-age=31536000; includeSubDomains");
                                }
                                if (path.startsWith("/assets/")
                                        && rc.response().getStatusCode() == 200) {
                                    // Vite names every asset by its content hash.
                                    headers.set(
                                            "Cache-Control", "public, max-age=31536000, immutable");
                                } else if (!headers.contains("Cache-Control")) {
                                    headers.set("Cache-Control", "no-cache");
                                }
                            });
                    rc.next();
                },
                // Before every other handler, the authentication redirects included.
                Integer.MAX_VALUE);
    }
}
