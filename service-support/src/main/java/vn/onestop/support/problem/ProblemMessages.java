package vn.onestop.support.problem;

import io.quarkus.logging.Log;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The problem texts of a service: its own bundle {@code ProblemMessages} (at the root of its
 * classpath) first, then service-support's, both as Java resource bundles with MessageFormat
 * patterns. English is the base bundle, Vietnamese the {@code _vi} one.
 */
public final class ProblemMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final ZoneId AUTHORITY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final List<String> BUNDLES =
            List.of("ProblemMessages", "vn.onestop.support.problem.ProblemMessages");

    /** Without it, a missing Vietnamese text would fall back to the JVM's default locale. */
    private static final ResourceBundle.Control BASE_AS_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemMessages() {}

    /**
     * The language a caller reads: the first of its Accept-Language ranges that the bundles have,
     * else English.
     */
    public static Locale localeFor(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (locale.getLanguage().equals(VIETNAMESE.getLanguage())) {
                return VIETNAMESE;
            }
            if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    static String format(Wording wording, Locale locale) {
        String pattern = pattern(wording.key(), locale);
        if (pattern == null) {
            // A key without text is our bug, but the caller's problem stays a 4xx: say the key.
            Log.errorf("No problem message %s for %s", wording.key(), locale);
            return wording.key() + " " + wording.arguments();
        }
        Object[] arguments =
                wording.arguments().stream()
                        .map(
                                a ->
                                        a instanceof Wording inner
                                                ? inner.in(locale)
                                                : a instanceof Instant instant
                                                        ? time(instant, locale)
                                                        : a)
                        .toArray();
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** An instant as the authority's officials read the time: Hanoi's, to the second. */
    private static String time(Instant instant, Locale locale) {
        String pattern =
                locale.equals(VIETNAMESE)
                        ? "HH:mm:ss 'ngày' dd/MM/yyyy '(giờ Việt Nam)'"
                        : "d MMM yyyy, HH:mm:ss '(Vietnam time)'";
        return DateTimeFormatter.ofPattern(pattern, locale)
                .withZone(AUTHORITY_ZONE)
                .format(instant);
    }

    private static String pattern(String key, Locale locale) {
        ClassLoader loader = ProblemMessages.class.getClassLoader();
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle =
                        ResourceBundle.getBundle(name, locale, loader, BASE_AS_FALLBACK);
                if (bundle.containsKey(key)) {
                    return bundle.getString(key);
                }
            } catch (MissingResourceException e) {
                // this service has no bundle of its own
            }
        }
        return null;
    }
}
