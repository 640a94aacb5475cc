package vn.onestop.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/** Tokens from the suite's Keycloak, obtained the way clients obtain them. */
public final class Keycloak {

    static final String REALM = Suite.KEYCLOAK + "/realms/licensing";
    private static final String TOKEN = REALM + "/protocol/openid-connect/token";

    private Keycloak() {}

    /** A demo user's access token: password grant on the command-line client (LOCAL DEMO). */
    public static String token(String user) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "onestop-cli")
                .formParam("username", user)
                .formParam("password", "demo-" + user)
                .post(TOKEN)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** licensing-service's own token (client credentials): its audience is investor-service. */
    static String licensingServiceToken() {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "licensing-service")
                .formParam("client_secret", "licensing-service-LOCAL-DEMO-secret")
                .post(TOKEN)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /**
     * A token for {@code user} that expires {@code seconds} after issue: from a client created for
     * the purpose through the admin API (the realm's own clients issue five-minute tokens).
     */
    /**
     * A new account in the realm with the LOCAL DEMO password {@code demo-<user>} and the realm's
     * default roles (investor), as a sign-up would make it.
     */
    static String newAccount(String prefix) {
        String user = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        int created =
                given().auth()
                        .oauth2(admin())
                        .contentType("application/json")
                        .body(
                                Map.of(
                                        "username",
                                        user,
                                        "enabled",
                                        true,
                                        "email",
                                        user + "@example.com",
                                        "emailVerified",
                                        true,
                                        "firstName",
                                        "Demo",
                                        "lastName",
                                        "Investor",
                                        "credentials",
                                        List.of(
                                                Map.of(
                                                        "type",
                                                        "password",
                                                        "value",
                                                        "demo-" + user,
                                                        "temporary",
                                                        false))))
                        .post(Suite.KEYCLOAK + "/admin/realms/licensing/users")
                        .then()
                        .extract()
                        .statusCode();
        if (created != 201) {
            throw new IllegalStateException(
                    "Keycloak refused the account " + user + ": " + created);
        }
        return user;
    }

    private static String admin() {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(Suite.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    static String shortLivedToken(String user, int seconds) {
        String admin = admin();
        String clientId = "e2e-short-lived";
        Map<String, Object> audience =
                Map.of(
                        "name", "audience licensing-service",
                        "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper",
                        "config",
                                Map.of(
                                        "included.client.audience", "licensing-service",
                                        "access.token.claim", "true"));
        int created =
                given().auth()
                        .oauth2(admin)
                        .contentType("application/json")
                        .body(
                                Map.of(
                                        "clientId",
                                        clientId,
                                        "publicClient",
                                        true,
                                        "directAccessGrantsEnabled",
                                        true,
                                        "standardFlowEnabled",
                                        false,
                                        "attributes",
                                        Map.of("access.token.lifespan", Integer.toString(seconds)),
                                        "protocolMappers",
                                        List.of(audience)))
                        .post(Suite.KEYCLOAK + "/admin/realms/licensing/clients")
                        .then()
                        .extract()
                        .statusCode();
        if (created != 201 && created != 409) {
            throw new IllegalStateException("Keycloak refused the test client: " + created);
        }
        return given().formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", user)
                .formParam("password", "demo-" + user)
                .post(TOKEN)
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
