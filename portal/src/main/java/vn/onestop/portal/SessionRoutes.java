package vn.onestop.portal;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Signing in and out, and who is signed in. {@code /login} is protected (the OIDC code flow runs
 * when it is reached without a session) and then sends the browser back to where it was; {@code
 * /signup} opens Keycloak's registration page the same way; {@code /logout} is Quarkus OIDC's
 * RP-initiated logout, which ends the Keycloak session too. {@code /api/session} tells the
 * single-page app who is signed in, without any token.
 */
@ApplicationScoped
class SessionRoutes {

    private final IdentityProviderManager identities;

    SessionRoutes(IdentityProviderManager identities) {
        this.identities = identities;
    }

    void routes(@Observes Router router) {
        router.get("/api/session").handler(this::session);
        router.get("/login").handler(rc -> redirect(rc, returnPath(rc)));
        router.get("/signup")
                .handler(
                        rc ->
                                redirect(
                                        rc,
                                        "/login?prompt=create&return="
                                                + URLEncoder.encode(
                                                        returnPath(rc), StandardCharsets.UTF_8)));
    }

    private void session(RoutingContext rc) {
        QuarkusHttpUser.getSecurityIdentity(rc, identities)
                .subscribe()
                .with(
                        identity -> json(rc, describe(identity)),
                        // A session that cannot be read: Quarkus OIDC has answered 401 already.
                        failure -> {
                            if (!rc.response().ended()) {
                                json(rc, new JsonObject().put("authenticated", false));
                            }
                        });
    }

    private static JsonObject describe(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new JsonObject().put("authenticated", false);
        }
        JsonObject session =
                new JsonObject()
                        .put("authenticated", true)
                        .put("username", identity.getPrincipal().getName())
                        .put(
                                "roles",
                                new JsonArray(
                                        new TreeSet<>(identity.getRoles()).stream().toList()));
        if (identity.getPrincipal() instanceof JsonWebToken idToken) {
            session.put("name", idToken.<String>getClaim("name"));
            session.put("email", idToken.<String>getClaim("email"));
            session.put("locale", idToken.<String>getClaim("locale"));
        }
        return session;
    }

    private static void json(RoutingContext rc, JsonObject body) {
        rc.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store")
                .end(body.encode());
    }

    /** Only a path of this site: never an absolute or protocol-relative URL (open redirect). */
    static String returnPath(RoutingContext rc) {
        String target = rc.request().getParam("return");
        if (target == null
                || !target.startsWith("/")
                || target.startsWith("//")
                || target.startsWith("/\\")
                || target.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return target;
    }

    private static void redirect(RoutingContext rc, String location) {
        rc.response()
                .setStatusCode(303)
                .putHeader("Location", location)
                .putHeader("Cache-Control", "no-store")
                .end();
    }
}
