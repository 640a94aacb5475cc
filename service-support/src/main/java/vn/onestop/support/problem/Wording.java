package vn.onestop.support.problem;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a problem says, as a key of the problem message bundles and its arguments: the caller reads
 * it in the language it asked for (Accept-Language), logs and the audit trail keep English.
 *
 * <p>An argument is a number (for the patterns' choice and number formats), another wording (worded
 * in the same language, e.g. a document type's name) or anything else as its string: references,
 * statuses, instants, names.
 */
public record Wording(String key, List<Object> arguments) {

    public Wording {
        arguments = List.copyOf(arguments);
    }

    public static Wording of(String key, Object... arguments) {
        return new Wording(
                key,
                Arrays.stream(arguments)
                        .map(
                                a ->
                                        a instanceof Number
                                                        || a instanceof Wording
                                                        || a instanceof Instant
                                                ? a
                                                : String.valueOf(a))
                        .toList());
    }

    /** The text in a language the bundles have (English when they lack it). */
    public String in(Locale locale) {
        return ProblemMessages.format(this, locale);
    }

    public String inEnglish() {
        return in(Locale.ENGLISH);
    }
}
