package vn.onestop.licensing.licence.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.onestop.licensing.licence.pdf.PadesSealer;
import vn.onestop.support.seal.SealKey;

/** The authority's e-seal, loaded once from the configured keystore (startup fails without it). */
@ApplicationScoped
public class LicenceSeal {

    private final PadesSealer sealer;
    private final LicenceConfig config;

    LicenceSeal(LicenceConfig config) {
        this.config = config;
        var seal = config.seal();
        SealKey key = SealKey.load(seal.keystore(), seal.password(), seal.alias());
        this.sealer = new PadesSealer(key.key(), key.chain(), config.authorityVi());
    }

    public byte[] seal(byte[] pdf, String certificateNumber, Instant at) {
        return sealer.seal(
                pdf, "Giấy chứng nhận đăng ký đầu tư " + certificateNumber, config.location(), at);
    }
}
