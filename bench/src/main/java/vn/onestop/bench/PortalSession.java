package vn.onestop.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
        this.http =
                HttpClient.newBuilder()
                        .cookieHandler(new LoopbackCookies())
                        .followRedirects(HttpClient.Redirect.ALWAYS)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
    }

    /** Signs {@code user} in (LOCAL DEMO password) and lands on {@code /inbox}. */
    static PortalSession signIn(String portal, String user, Latencies latencies) {
        PortalSession session = new PortalSession(portal, latencies);
        String loginPage = session.text(session.request("/login?return=/inbox").GET());
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
        String who = session.text(session.request("/api/session").GET());
        if (!who.contains("\"authenticated\":true")) {
            throw new IllegalStateException("Signing in to the portal failed: " + who);
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

    /**
     * Cookies as a browser keeps them for http://localhost, which counts as a secure context:
     * Keycloak's login cookies are {@code Secure}, and the JDK's CookieManager would never send
     * them over plain http. Name and value per host, the other attributes ignored (loopback only).
     */
    private static final class LoopbackCookies extends CookieHandler {
        private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
            Map<String, String> jar = byHost.getOrDefault(uri.getHost(), Map.of());
            if (jar.isEmpty()) {
                return Map.of();
            }
            List<String> pairs = new ArrayList<>();
            jar.forEach((name, value) -> pairs.add(name + "=" + value));
            return Map.of("Cookie", List.of(String.join("; ", pairs)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            Map<String, String> jar =
                    byHost.computeIfAbsent(uri.getHost(), h -> new ConcurrentHashMap<>());
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey() == null || !header.getKey().equalsIgnoreCase("Set-Cookie")) {
                    continue;
                }
                for (String cookie : header.getValue()) {
                    String pair = cookie.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    boolean expired = cookie.toLowerCase(Locale.ROOT).contains("max-age=0");
                    if (value.isEmpty() || expired) {
                        jar.remove(name);
                    } else {
                        jar.put(name, value);
                    }
                }
            }
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
