package vn.onestop.support.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The check every problem message bundle passes: the Vietnamese file has exactly the English keys,
 * and each Vietnamese pattern parses and takes the arguments its English one takes (a text that
 * drops one would hide what is wrong from the reader).
 */
public final class MessageBundles {

    private MessageBundles() {}

    /** {@code path}: the base bundle's resource, e.g. {@code ProblemMessages.properties}. */
    public static void assertTranslated(String path) {
        Map<String, String> english = read(path);
        Map<String, String> vietnamese = read(path.replace(".properties", "_vi.properties"));
        assertThat(english).as(path).isNotEmpty();
        assertThat(vietnamese.keySet())
                .as("Vietnamese keys of %s", path)
                .isEqualTo(english.keySet());
        english.forEach(
                (key, pattern) ->
                        assertThat(arguments(vietnamese.get(key)))
                                .as("arguments of %s in Vietnamese", key)
                                .isEqualTo(arguments(pattern)));
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Map<String, String> read(String path) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            assertThat(in).as("resource %s", path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> entries = new TreeMap<>();
            properties.forEach((k, v) -> entries.put((String) k, (String) v));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
