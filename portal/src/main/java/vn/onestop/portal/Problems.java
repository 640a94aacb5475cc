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
}
