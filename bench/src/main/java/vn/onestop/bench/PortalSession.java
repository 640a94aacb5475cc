package vn.onestop.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A demo user's browser session with the portal, without a browser: the OIDC code flow through
 * Keycloak's real login form, the portal's encrypted session cookies kept by a cookie manager. Then
 * API calls go through the portal as the single-page app makes them.
 */
final class PortalSession {

    private static final Pattern LOGIN_FORM =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final String portal;
    private final Latencies latencies;
    private final HttpClient http;

    private PortalSession(String portal, Latencies latencies) {
        this.portal = portal;
        this.latencies = latencies;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.ALWAYS)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
    }

    /** Signs {@code user} in (LOCAL DEMO password) and lands on {@code /work}. */
    static PortalSession signIn(String portal, String user, Latencies latencies) {
        PortalSession session = new PortalSession(portal, latencies);
        String loginPage = session.text(session.request("/login?return=/work").GET());
        Matcher form = LOGIN_FORM.matcher(loginPage);
        if (!form.find()) {
            throw new IllegalStateException("No Keycloak login form behind " + portal + "/login");
        }
        String action = form.group(1).replace("&amp;", "&");
        String body =
                "username="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode("demo-" + user, StandardCharsets.UTF_8)
                        + "&credentialId=";
        session.text(
                HttpRequest.newBuilder(URI.create(action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        int status = session.get("portal session", "/api/session");
        if (status != 200) {
            throw new IllegalStateException("Signing in to the portal failed: " + status);
        }
        return session;
    }

    /** A GET as the single-page app makes it; the status, the latency recorded under the name. */
    int get(String operation, String path) {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response =
                    http.send(
                            request(path)
                                    .header("Accept", "application/json")
                                    .header("X-Requested-With", "onestop-portal")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            latencies.record(operation, System.nanoTime() - start);
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(operation + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(portal + path)).timeout(Duration.ofSeconds(30));
    }

    private String text(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("portal sign-in failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
