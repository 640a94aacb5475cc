package vn.onestop.licensing.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.onestop.support.testing.TestTokens;

/** What the stubbed investor-service says about a test's investor account. */
public final class InvestorRegister {

    private InvestorRegister() {}

    public static UUID register(String subject, String status) {
        return register(subject, status, "Công ty Sao Mai");
    }

    public static UUID register(String subject, String status, String legalName) {
        UUID id = UUID.randomUUID();
        String body =
                """
                {"id":"%s","status":"%s","type":"ORGANIZATION","legalName":"%s",
                 "country":"VN","ownerIssuer":"%s","ownerSubject":"%s","contactEmail":"%s"}
                """
                        .formatted(
                                id,
                                status,
                                legalName,
                                TestTokens.ISSUER,
                                subject,
                                emailOf(subject));
        stub(subject, okJson(body));
        return id;
    }

    /** The contact address investor-service gives for a test account. */
    public static String emailOf(String subject) {
        return subject + "@investor.example";
    }

    /** investor-service drops the connection for this account, as when it is down. */
    public static void unreachable(String subject) {
        stub(subject, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    private static void stub(
            String subject,
            com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        int port = ConfigProvider.getConfig().getValue("investor-stub.port", Integer.class);
        new WireMock("localhost", port)
                .register(
                        get(urlPathEqualTo("/internal/investors"))
                                .atPriority(1)
                                .withQueryParam("subject", equalTo(subject))
                                .willReturn(response));
    }
}
