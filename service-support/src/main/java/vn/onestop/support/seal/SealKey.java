package vn.onestop.support.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The authority's e-seal: a private key and its certificate chain (leaf first) from a PKCS#12
 * keystore. The licence PDF and the audit checkpoints are sealed with it.
 */
public record SealKey(PrivateKey key, List<X509Certificate> chain) {

    public SealKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("An e-seal needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The last certificate of the chain: the authority the seal is trusted through. */
    public X509Certificate root() {
        return chain.get(chain.size() - 1);
    }

    /**
     * Loads the key entry {@code alias}, or the only key entry when no alias is given.
     *
     * @throws IllegalStateException naming the keystore when it cannot be read
     */
    public static SealKey load(Path keystore, String password, Optional<String> alias) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            String name = alias.isPresent() ? alias.get() : onlyKey(store, keystore);
            if (!store.isKeyEntry(name)) {
                throw new IllegalStateException("No key entry '" + name + "' in " + keystore);
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password.toCharArray());
            List<X509Certificate> chain =
                    Arrays.stream(store.getCertificateChain(name))
                            .map(X509Certificate.class::cast)
                            .toList();
            return new SealKey(key, chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the e-seal from " + keystore, e);
        }
    }

    private static String onlyKey(KeyStore store, Path keystore) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new IllegalStateException("No key in " + keystore);
    }
}
