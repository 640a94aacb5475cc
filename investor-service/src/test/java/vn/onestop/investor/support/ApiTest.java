package vn.onestop.investor.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import vn.onestop.support.testing.ContractValidation;
import vn.onestop.support.testing.TestSealResource;
import vn.onestop.support.testing.TestTokens;

/**
 * Base of the API tests: one application start shared by every test class (same profile, same
 * resources), an OIDC server publishing the signing key of {@link TestTokens}, an e-seal for audit
 * checkpoints, and REST Assured logging only when a test fails.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(TestSealResource.class)
public abstract class ApiTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssured.replaceFiltersWith(ContractValidation.filter("investor-service"));
    }

    protected static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).contentType("application/json");
    }

    protected static RequestSpecification anonymous() {
        return RestAssured.given().contentType("application/json");
    }
}
