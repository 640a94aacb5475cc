package vn.onestop.licensing.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * investor-service, as a WireMock server for the service tests (the end-to-end suite uses the real
 * one). Unknown accounts are not registered; tests register theirs through {@link
 * InvestorRegister}.
 */
public class InvestorServiceStub implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
        return Map.of(
                "quarkus.rest-client.investor-service.url", server.baseUrl(),
                "investor-stub.port", String.valueOf(server.port()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
