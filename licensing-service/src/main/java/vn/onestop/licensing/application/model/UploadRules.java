package vn.onestop.licensing.application.model;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * What the authority accepts as a dossier file: PDF only, recognised by its content (the {@code
 * %PDF-} header), never by the name or declared type; and a file name safe to show and to send back
 * in a download.
 */
public final class UploadRules {

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final int MAX_FILENAME = 150;

    private UploadRules() {}

    public static boolean isPdf(byte[] content) {
        return content.length >= PDF_MAGIC.length
                && Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC);
    }

    /**
     * Keeps the last path segment and only letters (Vietnamese included), digits, spaces, dots,
     * dashes and underscores; never empty, never hidden, always ending in {@code .pdf}.
     */
    public static String safeFilename(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = name.replaceAll("[^\\p{L}\\p{M}\\p{N} ._-]", "_").replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[.]+", "");
        if (name.length() > MAX_FILENAME) {
            name = name.substring(0, MAX_FILENAME);
        }
        if (name.isBlank()) {
            name = "document";
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }
}
