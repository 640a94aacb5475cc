package vn.onestop.signer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * An official's signing key from a PKCS#12 file, signing decision documents the way the portal's
 * browser signer does: a detached compact JWS over the document's exact text, ES256 for EC keys
 * (PS256 for RSA), the certificate chain in {@code x5c}. licensing-service verifies exactly this.
 *
 * <p>From a shell: {@code java -cp <classpath> vn.onestop.signer.DecisionSigner official.p12
 * password < document} prints the signature.
 */
public final class DecisionSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private DecisionSigner(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = chain;
    }

    /** The first key entry of the keystore, whose key shares the keystore's password. */
    public static DecisionSigner fromPkcs12(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = store.aliases().nextElement();
            return new DecisionSigner(
                    (PrivateKey) store.getKey(alias, password),
                    Arrays.stream(store.getCertificateChain(alias))
                            .map(X509Certificate.class::cast)
                            .toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the signing key in " + keystore, e);
        }
    }

    /** The chain as {@code POST /officials/me/certificates} and the JWS header carry it. */
    public List<String> x5c() {
        return chain.stream().map(DecisionSigner::base64).toList();
    }

    /** The detached compact JWS ({@code header..signature}) over the document's UTF-8 text. */
    public String sign(String document) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(document);
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(
                key.getAlgorithm().equals("EC")
                        ? AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256
                        : AlgorithmIdentifiers.RSA_PSS_USING_SHA256);
        jws.setCertificateChainHeaderValue(chain.toArray(X509Certificate[]::new));
        try {
            return jws.getDetachedContentCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign with " + key.getAlgorithm(), e);
        }
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DecisionSigner <keystore.p12> <password> < document");
            System.exit(2);
        }
        DecisionSigner signer = fromPkcs12(Path.of(args[0]), args[1].toCharArray());
        String document = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(signer.sign(document));
    }
}
