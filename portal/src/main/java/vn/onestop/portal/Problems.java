package vn.onestop.portal;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The portal's own answers are RFC 9457 problems, as every answer of the services is. */
final class Problems {

    private Problems() {}

    static void send(RoutingContext rc, int status, String type, String title, String detail) {
        JsonObject problem =
                new JsonObject()
                        .put("type", "urn:onestop:problem:" + type)
                        .put("title", title)
                        .put("status", status)
                        .put("detail", detail)
                        .put("instance", rc.request().path());
        rc.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Cache-Control", "no-store")
                .end(problem.encode());
    }

    /**
     * Refuses a state-changing call without the portal's CSRF header, and says so: a cross-site
     * form cannot set a custom header, so its absence marks a request the app did not send.
     *
     * @return whether the call was refused (and answered)
     */
    static boolean refusedWithoutCsrfHeader(RoutingContext rc, PortalConfig config) {
        if (config.csrfHeaderValue().equals(rc.request().getHeader(config.csrfHeader()))) {
            return false;
        }
        send(
                rc,
                403,
                "csrf",
                "Missing request header",
                "State-changing calls must carry the header "
                        + config.csrfHeader()
                        + ": "
                        + config.csrfHeaderValue());
        return true;
    }
}
