package vn.onestop.portal;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Deep links: a page address of the single-page app ({@code /applications/…}) that is not a file
 * answers with its {@code index.html}, and the app's router shows the page. Files (anything with an
 * extension), the API, the login endpoints and Quarkus's own {@code /q/} are left alone.
 */
@ApplicationScoped
class SinglePageApp {

    private static final String INDEX = "META-INF/resources/index.html";

    private volatile Buffer index;

    void routes(@Observes Router router) {
        router.get("/*").handler(this::page);
    }

    private void page(RoutingContext rc) {
        String path = rc.normalizedPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("/api/")
                || path.startsWith("/q/")
                || path.startsWith("/verify/")
                || path.equals("/login")
                || path.equals("/signup")
                || path.equals("/logout")
                || last.contains(".")) {
            rc.next();
            return;
        }
        Buffer page = index();
        if (page == null) {
            rc.next();
            return;
        }
        rc.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(page);
    }

    private Buffer index() {
        if (index == null) {
            try (InputStream in =
                    Thread.currentThread().getContextClassLoader().getResourceAsStream(INDEX)) {
                if (in == null) {
                    return null;
                }
                index = Buffer.buffer(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }
}
