package vn.onestop.licensing.licence.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.onestop.licensing.pdf.PdfFlow;

/**
 * Lays out the Investment Registration Certificate on one A4 page: bilingual headings, the
 * project's facts and a QR code that opens the public verification page. DejaVu Sans is embedded
 * (subset), so Vietnamese diacritics render in any viewer.
 */
public final class LicencePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LicencePdf() {}

    public static byte[] render(LicenceContent licence) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Giấy chứng nhận đăng ký đầu tư " + licence.certificateNumber());
            info.setAuthor(licence.authorityEn());
            info.setSubject("Investment Registration Certificate");
            try (var writer = new PdfFlow(document)) {
                PDFont regular = writer.regular();
                PDFont bold = writer.bold();
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
                    writer.field(row.getKey(), row.getValue());
                }
                writer.gap(12);
                writer.paragraph(
                        regular,
                        8,
                        "Văn bản này được đóng dấu điện tử (PAdES) bởi "
                                + licence.authorityVi()
                                + ". Kiểm tra tính hợp lệ tại / Verify at: "
                                + licence.verificationUrl());
                qrCode(
                        writer.page(),
                        licence.verificationUrl(),
                        PdfFlow.MARGIN,
                        PdfFlow.MARGIN,
                        96);
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
}
