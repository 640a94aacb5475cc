package vn.onestop.licensing.licence.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out the Investment Registration Certificate on one A4 page: bilingual headings, the
 * project's facts and a QR code that opens the public verification page. DejaVu Sans is embedded
 * (subset), so Vietnamese diacritics render in any viewer.
 */
public final class LicencePdf {

    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LicencePdf() {}

    public static byte[] render(LicenceContent licence) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = font(document, "DejaVuSans-Bold.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Giấy chứng nhận đăng ký đầu tư " + licence.certificateNumber());
            info.setAuthor(licence.authorityEn());
            info.setSubject("Investment Registration Certificate");
            try (var out = new PDPageContentStream(document, page)) {
                var writer = new Writer(out, PDRectangle.A4.getHeight() - MARGIN);
                writer.centred(bold, 10, licence.authorityVi().toUpperCase());
                writer.centred(regular, 9, licence.authorityEn());
                writer.gap(6);
                writer.centred(bold, 10, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                writer.centred(regular, 9, "Độc lập - Tự do - Hạnh phúc");
                writer.gap(22);
                writer.centred(bold, 16, "GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ");
                writer.centred(regular, 11, "INVESTMENT REGISTRATION CERTIFICATE");
                writer.gap(6);
                writer.centred(
                        bold,
                        11,
                        "Số / No.: "
                                + licence.certificateNumber()
                                + "    Ngày cấp / Issued on: "
                                + DATE.format(licence.issuedOn()));
                writer.gap(18);
                for (Map.Entry<String, String> row : rows(licence)) {
                    writer.field(bold, regular, row.getKey(), row.getValue());
                }
                writer.gap(12);
                writer.paragraph(
                        regular,
                        8,
                        "Văn bản này được đóng dấu điện tử (PAdES) bởi "
                                + licence.authorityVi()
                                + ". Kiểm tra tính hợp lệ tại / Verify at: "
                                + licence.verificationUrl());
                qrCode(out, licence.verificationUrl(), MARGIN, MARGIN, 96);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot render licence " + licence.certificateNumber(), e);
        }
    }

    private static List<Map.Entry<String, String>> rows(LicenceContent licence) {
        return List.of(
                Map.entry("Nhà đầu tư / Investor", licence.investorName()),
                Map.entry("Tên dự án / Project", licence.projectName()),
                Map.entry("Mục tiêu / Objectives", licence.objectives()),
                Map.entry("Địa điểm / Location", licence.location()),
                Map.entry("Vốn đầu tư / Total capital", licence.capital()),
                Map.entry("Diện tích đất / Land area", licence.landArea()),
                Map.entry("Tiến độ / Schedule", licence.schedule()),
                Map.entry("Số lao động / Employees", licence.expectedEmployees()),
                Map.entry("Hồ sơ / Application", licence.applicationReference()),
                Map.entry("Quyết định phê duyệt / Approval", licence.approval()));
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = LicencePdf.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " is not on the classpath");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** QR modules drawn as vector squares: sharp at any zoom, no image codec needed. */
    private static void qrCode(PDPageContentStream out, String text, float x, float y, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix =
                    new QRCodeWriter()
                            .encode(
                                    text,
                                    BarcodeFormat.QR_CODE,
                                    0,
                                    0,
                                    Map.of(
                                            EncodeHintType.ERROR_CORRECTION,
                                            ErrorCorrectionLevel.M,
                                            EncodeHintType.MARGIN,
                                            0));
        } catch (WriterException e) {
            throw new IOException("Cannot encode the verification URL as a QR code", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    out.addRect(x + column * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    /** Writes lines down the page, wrapping long values within the margins. */
    private static final class Writer {
        private final PDPageContentStream out;
        private float y;

        Writer(PDPageContentStream out, float top) {
            this.out = out;
            this.y = top;
        }

        void gap(float points) {
            y -= points;
        }

        void centred(PDFont font, float size, String text) throws IOException {
            float width = font.getStringWidth(text) / 1000 * size;
            line(font, size, MARGIN + (WIDTH - width) / 2, text);
        }

        void field(PDFont label, PDFont value, String name, String text) throws IOException {
            line(label, 9, MARGIN, name);
            for (String part : wrap(value, 11, text == null ? "—" : text, WIDTH - 12)) {
                line(value, 11, MARGIN + 12, part);
            }
            gap(4);
        }

        void paragraph(PDFont font, float size, String text) throws IOException {
            for (String part : wrap(font, size, text, WIDTH)) {
                line(font, size, MARGIN, part);
            }
        }

        private void line(PDFont font, float size, float x, String text) throws IOException {
            y -= size * 1.35f;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
        }

        private static List<String> wrap(PDFont font, float size, String text, float width)
                throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split("\\s+")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }
    }
}
