package vn.onestop.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The backend-for-frontend against the OIDC test server's real code flow (signed tokens), with the
 * services stood in by WireMock paths of that same server.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PortalTest {

    @OidcWireMock WireMockServer upstream;

    @BeforeEach
    void services() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        upstream.resetRequests();
        upstream.stubFor(
                any(urlPathMatching(".*/upstream/licensing/.*"))
                        .willReturn(
                                aResponse()
                                        .withStatus(201)
                                        .withHeader("Content-Type", "application/json")
                                        .withHeader(
                                                "Location",
                                                upstream.baseUrl()
                                                        + "/auth/upstream/licensing/applications/42")
                                        .withHeader("Content-Security-Policy", "default-src *")
                                        .withBody("{\"id\":\"42\"}")));
    }

    @Test
    void shouldSendTheSecurityHeadersOnEveryAnswer() {
        for (String path : new String[] {"/", "/applications/42", "/api/session", "/no-such.js"}) {
            given().redirects()
                    .follow(false)
                    .get(path)
                    .then()
                    .header("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "same-origin")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }

    @Test
    void shouldTellTheAppNobodyIsSignedInWithoutASession() {
        given().get("/api/session")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body("authenticated", equalTo(false));
    }

    @Test
    void shouldRefuseAStateChangingCallWithoutTheCsrfHeader() {
        given().contentType("application/json")
                .body("{}")
                .post("/api/licensing/applications")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:onestop:problem:csrf"))
                .body("detail", containsString("X-Requested-With"));
        upstream.verify(0, anyRequestedFor(urlPathMatching(".*/upstream/.*")));
    }

    @Test
    void shouldForwardAnonymousCallsWithoutTheBrowsersCredentials() {
        given().header("Authorization", "Bearer forged")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Real-IP", "203.0.113.9")
                .cookie("tracking", "1")
                .get("/api/licensing/public/licences/BQL-2026-000001?x=1")
                .then()
                .statusCode(201)
                // The service's own policy is replaced by the portal's.
                .header("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY)
                .header("Location", "/api/licensing/applications/42");
        var forwarded =
                upstream.findAll(
                        anyRequestedFor(
                                        urlPathMatching(
                                                ".*/upstream/licensing/public/licences/BQL-2026-000001"))
                                .withQueryParam("x", WireMock.equalTo("1"))
                                .withHeader("Authorization", absent())
                                .withHeader("Cookie", absent())
                                .withHeader("X-Real-IP", absent())
                                .withHeader(
                                        "X-Forwarded-For",
                                        matching("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")));
        assertThat(forwarded).hasSize(1);
        // The proxy names the host it was asked for itself; the browser's claim is gone.
        assertThat(forwarded.get(0).getHeader("X-Forwarded-Host")).doesNotContain("evil");
    }

    @Test
    void shouldAnswer401NotARedirectWhenTheSessionCannotBeRead() {
        given().redirects()
                .follow(false)
                .cookie("q_session", "forged-or-expired")
                .get("/api/licensing/applications")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Session")
                .header("Cache-Control", "no-store");
        upstream.verify(0, anyRequestedFor(urlPathMatching(".*/upstream/.*")));
    }

    @Test
    void shouldForwardOnlyPathsBelowAServiceAndNeverItsManagementEndpoints() {
        for (String path :
                new String[] {
                    "/api/licensing", "/api/licensing/q/metrics", "/api/investor/q/health"
                }) {
            given().get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:onestop:problem:not-found"));
        }
        upstream.verify(0, anyRequestedFor(urlPathMatching(".*/upstream/.*")));
    }

    @Test
    void shouldNotLetAServiceSetCookiesOrGrantCorsThroughThePortal() {
        upstream.stubFor(
                any(urlPathMatching(".*/upstream/investor/.*"))
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Set-Cookie", "q_session=planted")
                                        .withHeader("Access-Control-Allow-Origin", "*")
                                        .withBody("{}")));
        Response answer = given().get("/api/investor/investors/me");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.getHeader("Set-Cookie")).isNull();
        assertThat(answer.getHeader("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void shouldStartTheCodeFlowWithPkceAtLogin() {
        String location =
                given().redirects()
                        .follow(false)
                        .get("/login?return=/dashboard")
                        .then()
                        .statusCode(302)
                        .extract()
                        .header("Location");
        assertThat(location)
                .contains("code_challenge=")
                .contains("code_challenge_method=S256")
                .contains("redirect_uri=")
                .contains("client_id=onestop-portal");
    }

    @Test
    void shouldForwardWithTheUsersTokenOnceSignedIn() {
        CookieFilter browser = signIn("/applications/42?tab=dossier");

        given().filter(browser)
                .get("/api/session")
                .then()
                .body("authenticated", equalTo(true))
                .body("username", equalTo("alice"));

        given().filter(browser)
                .header("X-Requested-With", "onestop-portal")
                .contentType("application/json")
                .body("{\"projectName\":\"Sao Mai\"}")
                .post("/api/licensing/applications")
                .then()
                .statusCode(201)
                .body("id", equalTo("42"));
        upstream.verify(
                anyRequestedFor(urlPathMatching(".*/upstream/licensing/applications"))
                        .withHeader("Authorization", matching("Bearer [A-Za-z0-9_-]+\\..+\\..+"))
                        .withHeader("Cookie", absent())
                        .withRequestBody(WireMock.equalTo("{\"projectName\":\"Sao Mai\"}")));
    }

    @Test
    void shouldOnlySendTheUserBackToAPathOfThePortal() {
        CookieFilter browser = signIn("/");
        for (String target : new String[] {"//evil.example", "https://evil.example/", "/\\evil"}) {
            given().filter(browser)
                    .redirects()
                    .follow(false)
                    .queryParam("return", target)
                    .get("/login")
                    .then()
                    .statusCode(303)
                    .header("Location", "/");
        }
    }

    @Test
    void shouldSendTheAppsScriptsCompressedAndCachedForever() throws Exception {
        String index = given().get("/").asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as(index).isTrue();
        // The JDK client, which leaves the encoding as the server sent it.
        HttpResponse<byte[]> answer =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        RestAssured.baseURI
                                                                + ":"
                                                                + RestAssured.port
                                                                + script.group(1)))
                                        .header("Accept-Encoding", "gzip")
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(answer.headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=31536000, immutable");
    }

    @Test
    void shouldServeTheAppForDeepLinks() {
        given().get("/applications/42")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache");
        given().get("/assets/missing-file.js").then().statusCode(404);
    }

    /** The code flow as a browser walks it, through the test server's login form. */
    private CookieFilter signIn(String returnPath) {
        CookieFilter browser = new CookieFilter();
        Response login =
                given().filter(browser)
                        .redirects()
                        .follow(false)
                        .queryParam("return", returnPath)
                        .get("/login");
        String form = given().redirects().follow(false).get(login.header("Location")).asString();
        Response submitted =
                given().redirects()
                        .follow(false)
                        .queryParam("username", "alice")
                        .queryParam("password", "alice")
                        .queryParam("state", field(form, "state"))
                        .queryParam("redirect_uri", field(form, "redirect_uri"))
                        .get(upstream.baseUrl() + "/login");
        Response back =
                given().filter(browser)
                        .redirects()
                        .follow(false)
                        .urlEncodingEnabled(false)
                        .get(local(submitted.header("Location")));
        Response restored =
                given().filter(browser)
                        .redirects()
                        .follow(false)
                        .urlEncodingEnabled(false)
                        .get(local(back.header("Location")));
        assertThat(restored.statusCode()).isEqualTo(303);
        assertThat(restored.header("Location")).isEqualTo(returnPath);
        return browser;
    }

    private static String local(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String field(String form, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(form);
        assertThat(m.find()).as("form field %s in %s", name, form).isTrue();
        return URLDecoder.decode(m.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
    }
}
