package vn.onestop.licensing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text flowing down A4 pages in DejaVu Sans (every Vietnamese glyph), starting a new page when one
 * is full. The suite's documents (licence, case report) are written with it.
 */
public final class PdfFlow implements AutoCloseable {

    public static final float MARGIN = 56;
    public static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream out;
    private float y;

    public PdfFlow(PDDocument document) throws IOException {
        this.document = document;
        this.regular = font(document, "DejaVuSans.ttf");
        this.bold = font(document, "DejaVuSans-Bold.ttf");
        newPage();
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** The content stream of the current page, for drawing beside the text. */
    public PDPageContentStream page() {
        return out;
    }

    public float y() {
        return y;
    }

    public void gap(float points) {
        y -= points;
    }

    public void centred(PDFont font, float size, String text) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        line(font, size, MARGIN + (WIDTH - width) / 2, text);
    }

    public void field(String name, String text) throws IOException {
        line(bold, 9, MARGIN, name);
        for (String part : wrap(regular, 11, text == null ? "—" : text, WIDTH - 12)) {
            line(regular, 11, MARGIN + 12, part);
        }
        gap(4);
    }

    public void heading(String text) throws IOException {
        gap(8);
        line(bold, 12, MARGIN, text);
        gap(2);
    }

    public void paragraph(PDFont font, float size, String text) throws IOException {
        paragraph(font, size, 0, text);
    }

    public void paragraph(PDFont font, float size, float indent, String text) throws IOException {
        for (String part : wrap(font, size, text, WIDTH - indent)) {
            line(font, size, MARGIN + indent, part);
        }
    }

    private void line(PDFont font, float size, float x, String text) throws IOException {
        if (y - size * 1.35f < MARGIN) {
            newPage();
        }
        y -= size * 1.35f;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        out = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Splits {@code text} into lines no wider than {@code width}, breaking long words too. */
    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (widthOf(font, size, candidate) <= width) {
                current = new StringBuilder(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            current = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                if (widthOf(font, size, current.toString() + word.charAt(i)) > width
                        && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder();
                }
                current.append(word.charAt(i));
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    private static float widthOf(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfFlow.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IOException("Font " + file + " is not on the classpath");
            }
            return PDType0Font.load(document, in);
        }
    }
}
