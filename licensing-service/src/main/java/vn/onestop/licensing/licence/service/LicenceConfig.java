package vn.onestop.licensing.licence.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The licence document and the authority's e-seal ({@code licensing.licence.*}). */
@ConfigMapping(prefix = "licensing.licence")
public interface LicenceConfig {

    /** Where the public verification page is reached from outside; printed in the QR code. */
    @WithDefault("http://localhost:8082")
    String publicUrl();

    @WithDefault("Ban Quản lý các khu công nghệ cao và khu công nghiệp Hà Nội")
    String authorityVi();

    @WithDefault("Hanoi Hi-tech and Industrial Parks Management Board")
    String authorityEn();

    /** Where the seal is applied, as the signature dictionary's location. */
    @WithDefault("Hà Nội, Việt Nam")
    String location();

    Seal seal();

    /** The authority's e-seal: a PKCS#12 keystore holding the key and its certificate chain. */
    interface Seal {
        Path keystore();

        String password();

        /** The key's alias; the keystore's first key when absent. */
        Optional<String> alias();
    }
}
