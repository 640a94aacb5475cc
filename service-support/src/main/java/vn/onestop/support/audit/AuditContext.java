package vn.onestop.support.audit;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Where the current unit of work came from, for the AU-3 "where" and "source" of a record. */
@ApplicationScoped
public class AuditContext {

    private static final int MAX_LOCATION = 300;

    private final CurrentVertxRequest request;
    private final JsonWebToken token;

    AuditContext(CurrentVertxRequest request, JsonWebToken token) {
        this.request = request;
        this.token = token;
    }

    /** The current HTTP request's endpoint, client and address, or background work. */
    public AuditSource current() {
        if (!Arc.container().requestContext().isActive()) {
            return AuditSource.BACKGROUND;
        }
        RoutingContext routing = request.getCurrent();
        if (routing == null) {
            return AuditSource.BACKGROUND;
        }
        HttpServerRequest http = routing.request();
        String location = singleLine(http.method().name() + " " + http.path(), MAX_LOCATION);
        String ip = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        return new AuditSource(location, clientId(), ip);
    }

    private String clientId() {
        Object client = token.getClaim("azp");
        if (client == null) {
            client = token.getClaim("client_id");
        }
        return client == null ? null : singleLine(client.toString(), 255);
    }

    /**
     * A value safe to show on one log or report line: control characters (CR, LF, escapes) become
     * {@code ?}, and it is cut to {@code max} characters.
     */
    static String singleLine(String value, int max) {
        if (value == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && clean.length() < max; i++) {
            char c = value.charAt(i);
            clean.append(Character.isISOControl(c) ? '?' : c);
        }
        return clean.toString();
    }
}
