package vn.onestop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** An investor's client: registration, drafts, dossier uploads and submission, over HTTP. */
public final class Investors {

    private Investors() {}

    /**
     * A draft in {@code category} with the documents its submission needs: one of each type the
     * service lists in the draft's {@code requiredDocuments}.
     */
    public static String dossier(String investor, String category) {
        String id = draft(investor, category);
        List<String> required = application(investor, id).path("requiredDocuments");
        required.forEach(type -> upload(investor, id, type));
        return id;
    }

    /** The user's token, after making sure they are registered (and verified when asked). */
    public static String registered(String user, boolean verified) {
        String token = Keycloak.token(user);
        Response me = given().auth().oauth2(token).get(Suite.INVESTOR + "/investors/me");
        String id;
        String status;
        if (me.statusCode() == 200) {
            id = me.path("id");
            status = me.path("status");
        } else {
            Response created =
                    given().auth()
                            .oauth2(token)
                            .contentType("application/json")
                            .body(
                                    Map.of(
                                            "type",
                                            "INDIVIDUAL",
                                            "legalName",
                                            "Nguyễn Văn " + user,
                                            "country",
                                            "VN",
                                            "identityDocument",
                                            Map.of(
                                                    "type", "CITIZEN_ID",
                                                    "number", citizenId(user),
                                                    "issuingCountry", "VN",
                                                    "expiresOn", "2035-01-01"),
                                            "registeredAddress",
                                            Map.of(
                                                    "street", "1 Tràng Tiền",
                                                    "city", "Hà Nội",
                                                    "country", "VN"),
                                            "contactEmail",
                                            user + "@example.com",
                                            "contactPhone",
                                            "+84 24 3825 1234"))
                            .post(Suite.INVESTOR + "/investors");
            assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
            id = created.path("id");
            status = created.path("status");
        }
        if (verified && "PENDING_VERIFICATION".equals(status)) {
            verify(id);
        }
        return token;
    }

    /** reception1 verifies the pending investor record {@code id}, as the one-stop desk does. */
    static void verify(String id) {
        String reception = Keycloak.token("reception1");
        String etag =
                given().auth()
                        .oauth2(reception)
                        .get(Suite.INVESTOR + "/investors/{id}", id)
                        .header("ETag");
        given().auth()
                .oauth2(reception)
                .header("If-Match", etag)
                .post(Suite.INVESTOR + "/investors/{id}/verify", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"));
    }

    /** A 12-digit citizen identity number, stable per user. */
    private static String citizenId(String user) {
        return String.format("%012d", Math.abs((long) user.hashCode()) % 1_000_000_000_000L);
    }

    public static String draft(String investor, String category) {
        return given().auth()
                .oauth2(investor)
                .contentType("application/json")
                .body(
                        Map.of(
                                "projectName",
                                "Trung tâm dữ liệu Hòa Lạc",
                                "objectives",
                                "Data centre",
                                "sectorCode",
                                "J6311",
                                "location",
                                Map.of("park", "Khu công nghệ cao Hòa Lạc"),
                                "landAreaM2",
                                "8000",
                                "totalCapital",
                                Map.of("amount", "120000000000", "currency", "VND"),
                                "expectedEmployees",
                                120,
                                "environmentalCategory",
                                category))
                .post(Suite.LICENSING + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static void upload(String investor, String id, String type) {
        byte[] pdf =
                "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII);
        given().auth()
                .oauth2(investor)
                .multiPart("type", type)
                .multiPart("file", type.toLowerCase() + ".pdf", pdf, "application/pdf")
                .post(Suite.LICENSING + "/applications/{id}/documents", id)
                .then()
                .statusCode(201);
    }

    public static Response submit(String investor, String id, String key) {
        return given().auth()
                .oauth2(investor)
                .header("Idempotency-Key", key)
                .post(Suite.LICENSING + "/applications/{id}/submission", id);
    }

    public static Response application(String investor, String id) {
        Response response =
                given().auth().oauth2(investor).get(Suite.LICENSING + "/applications/{id}", id);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }
}
