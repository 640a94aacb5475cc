package vn.onestop.support.testing;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.lang.JoseException;

/**
 * Real RS256 bearer tokens, signed with the key whose public half the OIDC test server
 * (quarkus-test-oidc-server) publishes in its JWKS. Unlike its fixed-subject helper, these carry
 * the subject, Keycloak-style realm roles, audience and lifetime each test needs.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";

    /** The OAuth client every test token says it was issued to ({@code azp}). */
    public static final String CLIENT_ID = "onestop-test-portal";

    /** The audience of the service under test, from {@code -Dtest.token.audience}. */
    public static final String AUDIENCE =
            System.getProperty("test.token.audience", "investor-service");

    private static final String KEY_ID = "1";
    private static final PrivateKey SERVER_KEY = loadServerKey();

    private final String subject;
    private List<String> roles = List.of();
    private String audience = AUDIENCE;
    private String issuer = ISSUER;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(10));
    private PrivateKey key = SERVER_KEY;

    private TestTokens(String subject) {
        this.subject = subject;
    }

    /** A token for a fresh account, so tests never share records. */
    public static TestTokens newAccount() {
        return new TestTokens(UUID.randomUUID().toString());
    }

    public static TestTokens account(String subject) {
        return new TestTokens(subject);
    }

    public static String investor() {
        return newAccount().roles("investor").sign();
    }

    public static String reception() {
        return newAccount().roles("reception").sign();
    }

    public static String auditor() {
        return newAccount().roles("auditor").sign();
    }

    public static String withRoles(String... roles) {
        return newAccount().roles(roles).sign();
    }

    public TestTokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public TestTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TestTokens expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /** Signs with a key the OIDC server never published: a forgery. */
    public TestTokens signedByAStranger() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.key = generator.generateKeyPair().getPrivate();
            return this;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String subject() {
        return subject;
    }

    public String sign() {
        return Jwt.issuer(issuer)
                .subject(subject)
                .audience(audience)
                .preferredUserName("user-" + subject.substring(0, 8))
                .claim("realm_access", Map.of("roles", roles))
                .claim("azp", CLIENT_ID)
                .issuedAt(expiresAt.minus(Duration.ofMinutes(10)))
                .expiresAt(expiresAt)
                .jws()
                .keyId(KEY_ID)
                .sign(key);
    }

    private static PrivateKey loadServerKey() {
        try (InputStream in =
                TestTokens.class.getClassLoader().getResourceAsStream("privateKey.jwk")) {
            String jwk = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return PublicJsonWebKey.Factory.newPublicJwk(jwk).getPrivateKey();
        } catch (IOException | JoseException e) {
            throw new IllegalStateException(
                    "The OIDC test server's key is not on the classpath", e);
        }
    }
}
