package vn.onestop.workflow.limits;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every rule set the authority has applied, from {@code limits/time-limits.json}: configuration
 * data, so a change in the law is a new entry with its effective date, never a code change.
 */
public final class TimeLimitCatalog {

    private static final String RESOURCE = "limits/time-limits.json";

    record Document(List<RuleSet> ruleSets) {}

    private final List<RuleSet> ruleSets;

    public TimeLimitCatalog(List<RuleSet> ruleSets) {
        if (ruleSets.isEmpty()) {
            throw new IllegalArgumentException("No rule sets");
        }
        this.ruleSets =
                ruleSets.stream().sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
    }

    public static TimeLimitCatalog fromClasspath() {
        var mapper =
                new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in =
                TimeLimitCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return new TimeLimitCatalog(mapper.readValue(in, Document.class).ruleSets());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The rule set in force on a date (the latest whose effective date is not after it). */
    public RuleSet effectiveOn(LocalDate date) {
        RuleSet found = null;
        for (RuleSet ruleSet : ruleSets) {
            if (!ruleSet.effectiveFrom().isAfter(date)) {
                found = ruleSet;
            }
        }
        if (found == null) {
            throw new NoSuchElementException("No rule set was in force on " + date);
        }
        return found;
    }

    public RuleSet version(String version) {
        return ruleSets.stream()
                .filter(r -> r.version().equals(version))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("Unknown rule set " + version));
    }

    public List<RuleSet> all() {
        return ruleSets;
    }
}
