package vn.onestop.licensing.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import vn.onestop.support.testing.ContractValidation;

/**
 * Base of the API tests: one application start for every test class, with an OIDC server (real
 * signed tokens, and the client-credentials token this service sends investor-service), a stubbed
 * investor-service and an SMTP server.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InvestorServiceStub.class)
@QuarkusTestResource(MailServer.class)
@QuarkusTestResource(TestPkiResource.class)
public abstract class ApiTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.replaceFiltersWith(ContractValidation.filter("licensing-service"));
    }

    protected static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType("application/json");
    }
}
