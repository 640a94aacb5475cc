package vn.onestop.portal;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A call of the single-page app whose session has ended or cannot be read must not be redirected to
 * Keycloak (a fetch would follow the redirect and fail): Quarkus OIDC answers such calls with its
 * "JavaScript" status instead ({@code java-script-auto-redirect=false}), which {@link
 * SecurityHeaders} turns into a 401 the app knows to answer by signing in again.
 */
@ApplicationScoped
class ApiCalls implements JavaScriptRequestChecker {

    static final int OIDC_JAVASCRIPT_STATUS = 499;

    @Override
    public boolean isJavaScriptRequest(RoutingContext rc) {
        return isApi(rc.normalizedPath());
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/");
    }
}
