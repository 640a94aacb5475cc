package vn.onestop.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's demo, run as a newcomer runs it: deploy/local/demo against the suite, signing each
 * decision with deploy/local/sign-decision, which resolves its signer without any project artifact
 * in the local Maven repository.
 */
class DemoScriptTest {

    private static final Pattern LICENCE =
            Pattern.compile("^Licence (\\S+) for (\\S+)$", Pattern.MULTILINE);

    @BeforeAll
    static void startTheSuite() {
        Suite.start();
    }

    @Test
    void shouldCarryTheDemoCaseToAVerifiedLicence() throws IOException {
        String investor = Keycloak.newAccount("demo");
        Path log = Suite.STATE.resolve("demo.log");
        Files.deleteIfExists(log);

        int exit = Suite.script(log, Map.of("DEMO_INVESTOR", investor), "deploy/local/demo");

        String output = Files.readString(log);
        System.out.println(output);
        assertThat(exit).as(output).isZero();
        assertThat(output)
                .contains("reception1 decides COMPLETENESS_CHECK: COMPLETE")
                .contains("approver1 decides APPROVAL: APPROVE")
                .contains("signed by approver1");
        Matcher licence = LICENCE.matcher(output);
        assertThat(licence.find()).as(output).isTrue();
        given().get(Suite.LICENSING + "/public/licences/{number}", licence.group(1))
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"));
    }
}
