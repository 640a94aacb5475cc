package vn.onestop.investor.investor;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.investor.support.ApiTest;
import vn.onestop.investor.support.InvestorRequests;
import vn.onestop.support.testing.JsonBody;
import vn.onestop.support.testing.TestTokens;

@QuarkusTest
class InvestorRegistrationTest extends ApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void shouldRegisterAnIndividualPendingVerificationWithLocationAndETag() {
        var request = InvestorRequests.individual();

        var id =
                as(TestTokens.investor())
                        .body(JsonBody.of(request).tree())
                        .post("/investors")
                        .then()
                        .statusCode(201)
                        .header("ETag", equalTo("\"0\""))
                        .body("status", equalTo("PENDING_VERIFICATION"))
                        .body("type", equalTo("INDIVIDUAL"))
                        .body("legalName", equalTo(request.legalName()))
                        .body("identityDocument.type", equalTo("PASSPORT"))
                        .body("legalRepresentative", equalTo(null))
                        .body("createdAt", notNullValue())
                        .extract()
                        .path("id");

        anonymous().get("/investors/" + id).then().statusCode(401);
    }

    @Test
    void shouldRefuseARegistrationWithoutABody() {
        as(TestTokens.investor())
                .post("/investors")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("request"))
                .body("errors[0].message", equalTo("must not be null"));
    }

    @Test
    void shouldRegisterAnOrganizationWithItsLegalRepresentative() {
        String token = TestTokens.investor();
        var location =
                as(token)
                        .body(JsonBody.of(InvestorRequests.organization()).tree())
                        .post("/investors")
                        .then()
                        .statusCode(201)
                        .body("type", equalTo("ORGANIZATION"))
                        .body("legalRepresentative.fullName", equalTo("Nguyễn Thị Minh Anh"))
                        .extract()
                        .header("Location");

        as(token)
                .get(location)
                .then()
                .statusCode(200)
                .body("registeredAddress.street", equalTo("Lô CN1, Khu công nghệ cao Hòa Lạc"))
                .body("identityDocument.number", equalTo("0108123456"));
        as(token).get("/investors/me").then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldRefuseASecondRegistrationForTheSameAccount() {
        String token = TestTokens.investor();
        as(token)
                .body(JsonBody.of(InvestorRequests.individual()).tree())
                .post("/investors")
                .then()
                .statusCode(201);

        as(token)
                .body(JsonBody.of(InvestorRequests.organization()).tree())
                .post("/investors")
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:onestop:problem:conflict"))
                .body("detail", startsWith("This account is already registered"));
        // Worded for a caller reading Vietnamese, title and detail, with the same type.
        as(token)
                .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
                .body(JsonBody.of(InvestorRequests.organization()).tree())
                .post("/investors")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:onestop:problem:conflict"))
                .body("title", equalTo("Yêu cầu mâu thuẫn với trạng thái hiện tại"))
                .body(
                        "detail",
                        equalTo("Tài khoản này đã đăng ký là nhà đầu tư; hãy sửa hồ sơ hiện có"));
    }

    @Test
    void shouldReportNotRegisteredYetForMe() {
        as(TestTokens.investor())
                .get("/investors/me")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("You have not registered as an investor yet"));
    }

    @Test
    void shouldListEveryInvalidFieldInOneProblem() {
        var body =
                JsonBody.of(InvestorRequests.individual())
                        .set("legalName", " ")
                        .set("country", "XX")
                        .set("contactEmail", "not-an-email")
                        .set("identityDocument.number", "")
                        .set("registeredAddress.city", null);

        as(TestTokens.investor())
                .body(body.tree())
                .post("/investors")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:onestop:problem:validation-failed"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/investors"))
                .body("detail", equalTo("5 fields are invalid"))
                .body(
                        "errors.field",
                        hasItems(
                                "legalName",
                                "country",
                                "contactEmail",
                                "identityDocument.number",
                                "registeredAddress.city"));
    }

    static Stream<Arguments> invalidFields() {
        LocalDate yesterday = LocalDate.now().minusDays(1);
        return Stream.of(
                Arguments.of("legalName", null, "must not be blank"),
                Arguments.of("legalName", "x".repeat(301), "size must be between 0 and 300"),
                Arguments.of("country", "vn", "must be an ISO 3166-1 alpha-2"),
                Arguments.of("contactEmail", "tanaka-at-example.jp", "must be a well-formed"),
                Arguments.of("contactPhone", "0912345678", "must be a valid phone number"),
                Arguments.of("contactPhone", "+84 1", "must be a valid phone number"),
                Arguments.of("identityDocument", null, "must not be null"),
                Arguments.of("identityDocument.number", "TZ 123", "must contain only letters"),
                Arguments.of("identityDocument.issuingCountry", "ZZ", "must be an ISO 3166-1"),
                Arguments.of("identityDocument.expiresOn", yesterday.toString(), "expired"),
                Arguments.of("identityDocument.expiresOn", null, "is required for this document"),
                Arguments.of("identityDocument.expiresOn", "31/12/2030", "must be a date"),
                Arguments.of(
                        "identityDocument.type",
                        "ENTERPRISE_REGISTRATION_CERTIFICATE",
                        "must be one of [CITIZEN_ID, PASSPORT] for an investor of type INDIVIDUAL"),
                Arguments.of("identityDocument.type", "DRIVING_LICENCE", "must be one of:"),
                Arguments.of("registeredAddress", null, "must not be null"),
                Arguments.of("registeredAddress.country", null, "must not be null"),
                Arguments.of("type", "ALIEN", "must be one of: INDIVIDUAL, ORGANIZATION"),
                Arguments.of("favouriteColour", "blue", "is not a known field"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void shouldNameTheInvalidField(String field, Object value, String message) {
        var body = JsonBody.of(InvestorRequests.individual()).set(field, value);

        as(TestTokens.investor())
                .body(body.tree())
                .post("/investors")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(message));
    }

    @Test
    void shouldRefuseControlCharactersInAnyTextFieldNamingIt() {
        // NUL would reach PostgreSQL, which cannot store it (a 500 before); ESC has no place
        // either.
        var body =
                JsonBody.of(InvestorRequests.individual())
                        .set("legalName", "Nguyễn\u0000Lan")
                        .set("registeredAddress.city", "Hà\u001bNội");

        as(TestTokens.investor())
                .body(body.tree())
                .post("/investors")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("legalName"))
                .body(
                        "errors[0].message",
                        org.hamcrest.Matchers.containsString("control characters"));
        as(TestTokens.investor())
                .body(
                        JsonBody.of(InvestorRequests.individual())
                                .set("registeredAddress.city", "Hà\u001bNội")
                                .tree())
                .post("/investors")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("registeredAddress.city"));
    }

    @Test
    void shouldExplainInVietnameseWhenTheCallerAsksForIt() {
        var body =
                JsonBody.of(InvestorRequests.individual())
                        .set("legalName", null)
                        .set("contactPhone", "0912345678");

        as(TestTokens.investor())
                .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5")
                .body(body.tree())
                .post("/investors")
                .then()
                .statusCode(400)
                .body(
                        "errors.message",
                        org.hamcrest.Matchers.hasItems(
                                "không được để trống",
                                "phải là số điện thoại hợp lệ theo dạng quốc tế, ví dụ +84 24 3825"
                                        + " 1234"));
        // The rules across fields too (checked once each field is valid).
        as(TestTokens.investor())
                .header("Accept-Language", "vi")
                .body(
                        JsonBody.of(InvestorRequests.organization())
                                .set("identityDocument.number", "12345")
                                .tree())
                .post("/investors")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("identityDocument.number"))
                .body(
                        "errors[0].message",
                        equalTo("mã số doanh nghiệp Việt Nam gồm 10 chữ số, chi nhánh thêm -NNN"));
    }

    @Test
    void shouldRequireALegalRepresentativeForAnOrganization() {
        var body = JsonBody.of(InvestorRequests.organization()).set("legalRepresentative", null);

        as(TestTokens.investor())
                .body(body.tree())
                .post("/investors")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("legalRepresentative"))
                .body("errors.message", hasItem("is required for an organization"));
    }

    @Test
    void shouldCheckTheFormatOfVietnameseDocumentNumbers() {
        var body =
                JsonBody.of(InvestorRequests.organization())
                        .set("identityDocument.number", "12345");

        as(TestTokens.investor())
                .body(body.tree())
                .post("/investors")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("identityDocument.number"))
                .body(
                        "errors[0].message",
                        endsWith("has 10 digits, optionally followed by -NNN for a branch"));
    }

    @Test
    void shouldAnswerMalformedJsonWithAProblemAndNoInternals() {
        as(TestTokens.investor())
                .body("{\"type\": \"INDIVIDUAL\", ")
                .post("/investors")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:onestop:problem:malformed-request"))
                .body("detail", startsWith("The body is not valid JSON"))
                .body(
                        "detail",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("jackson")));
    }
}
