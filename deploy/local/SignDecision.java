import java.io.FileInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;

/**
 * Signs a decision document read from standard input as a detached compact JWS (ES256 for EC
 * keys, PS256 for RSA) with the certificate chain in x5c, exactly as licensing-service verifies
 * it. Run by deploy/local/sign-decision:
 *
 * <pre>java -cp jose4j.jar:slf4j-api.jar SignDecision.java official.p12 password &lt; document</pre>
 */
public class SignDecision {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SignDecision <keystore.p12> <password> < document");
            System.exit(2);
        }
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(args[0])) {
            keyStore.load(in, args[1].toCharArray());
        }
        String alias = keyStore.aliases().nextElement();
        PrivateKey key = (PrivateKey) keyStore.getKey(alias, args[1].toCharArray());
        Certificate[] chain = keyStore.getCertificateChain(alias);
        String document = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(document);
        jws.setAlgorithmHeaderValue(
                key.getAlgorithm().equals("EC")
                        ? AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256
                        : AlgorithmIdentifiers.RSA_PSS_USING_SHA256);
        jws.setCertificateChainHeaderValue(
                Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new));
        jws.setKey(key);
        System.out.print(jws.getDetachedContentCompactSerialization());
    }
}
