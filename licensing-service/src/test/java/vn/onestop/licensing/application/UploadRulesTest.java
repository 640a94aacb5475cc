package vn.onestop.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.onestop.licensing.application.model.UploadRules;

/** What a dossier file may be and be called (plain rules, no application start). */
class UploadRulesTest {

    @Test
    void shouldRecognisePdfByItsContentOnly() {
        assertThat(UploadRules.isPdf(bytes("%PDF-1.7\n%âãÏÓ\n"))).isTrue();
        assertThat(UploadRules.isPdf(bytes("%PDF"))).as("too short for the header").isFalse();
        assertThat(UploadRules.isPdf(bytes("PK\u0003\u0004 word document"))).isFalse();
        assertThat(UploadRules.isPdf(bytes(" %PDF-1.7"))).as("header not at the start").isFalse();
        assertThat(UploadRules.isPdf(new byte[0])).isFalse();
    }

    @Test
    void shouldKeepVietnameseNamesAndEndThemInPdf() {
        assertThat(UploadRules.safeFilename("Hợp đồng thuê đất.pdf"))
                .isEqualTo("Hợp đồng thuê đất.pdf");
        assertThat(UploadRules.safeFilename("Báo cáo ĐTM")).isEqualTo("Báo cáo ĐTM.pdf");
        assertThat(UploadRules.safeFilename("scan.PDF")).isEqualTo("scan.PDF");
    }

    @Test
    void shouldDropPathsHiddenNamesAndControlCharacters() {
        assertThat(UploadRules.safeFilename("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(UploadRules.safeFilename("C:\\Users\\an\\lease.pdf")).isEqualTo("lease.pdf");
        assertThat(UploadRules.safeFilename("...hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(UploadRules.safeFilename("a\r\nContent-Type: x.pdf"))
                .isEqualTo("a__Content-Type_ x.pdf");
        assertThat(UploadRules.safeFilename("   ")).isEqualTo("document.pdf");
        assertThat(UploadRules.safeFilename(null)).isEqualTo("document.pdf");
    }

    @Test
    void shouldCapLongNames() {
        String name = UploadRules.safeFilename("x".repeat(400) + ".pdf");
        assertThat(name).hasSize(154).startsWith("xxx").endsWith(".pdf");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
