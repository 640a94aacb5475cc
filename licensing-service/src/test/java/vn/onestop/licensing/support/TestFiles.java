package vn.onestop.licensing.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Files for upload tests, made here rather than committed. */
public final class TestFiles {

    private TestFiles() {}

    /** Bytes that start like a PDF, padded to {@code size}. */
    public static byte[] pdf(int size) {
        byte[] header = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] trailer = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] file = Arrays.copyOf(header, Math.max(size, header.length + trailer.length));
        Arrays.fill(file, header.length, file.length - trailer.length, (byte) ' ');
        System.arraycopy(trailer, 0, file, file.length - trailer.length, trailer.length);
        return file;
    }

    /** A PNG signature: not a PDF, whatever its name says. */
    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    }
}
