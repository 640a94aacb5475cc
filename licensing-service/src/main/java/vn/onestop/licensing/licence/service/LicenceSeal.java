package vn.onestop.licensing.licence.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import vn.onestop.licensing.licence.document.PadesSealer;

/** The authority's e-seal, loaded once from the configured keystore (startup fails without it). */
@ApplicationScoped
public class LicenceSeal {

    private final PadesSealer sealer;
    private final LicenceConfig config;

    LicenceSeal(LicenceConfig config) {
        this.config = config;
        var seal = config.seal();
        try (InputStream in = Files.newInputStream(seal.keystore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, seal.password().toCharArray());
            String alias =
                    seal.alias()
                            .orElseGet(
                                    () ->
                                            Collections.list(aliases(store)).stream()
                                                    .filter(a -> isKey(store, a))
                                                    .findFirst()
                                                    .orElseThrow(
                                                            () ->
                                                                    new IllegalStateException(
                                                                            "No key in "
                                                                                    + seal
                                                                                            .keystore())));
            PrivateKey key = (PrivateKey) store.getKey(alias, seal.password().toCharArray());
            List<X509Certificate> chain =
                    Arrays.stream(store.getCertificateChain(alias))
                            .map(X509Certificate.class::cast)
                            .toList();
            this.sealer = new PadesSealer(key, chain, config.authorityVi());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot load the e-seal from licensing.licence.seal.keystore="
                            + seal.keystore(),
                    e);
        }
    }

    public byte[] seal(byte[] pdf, String certificateNumber, Instant at) {
        return sealer.seal(
                pdf, "Giấy chứng nhận đăng ký đầu tư " + certificateNumber, config.location(), at);
    }

    private static java.util.Enumeration<String> aliases(KeyStore store) {
        try {
            return store.aliases();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
