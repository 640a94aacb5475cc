package vn.onestop.support.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * RFC 8785 canonical JSON and its SHA-256, for everything the suite hashes or signs. Callers carry
 * numbers, amounts and dates as strings: canonical JSON turns numbers into doubles.
 */
public final class CanonicalJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalJson() {}

    /** The canonical form of a value Jackson can write (maps, lists, records, strings). */
    public static String of(Object value) {
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(value)).getEncodedString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not representable as JSON", e);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot canonicalize", e);
        }
    }

    /** The canonical form of a JSON text. */
    public static String ofText(String json) throws IOException {
        return new JsonCanonicalizer(json).getEncodedString();
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
