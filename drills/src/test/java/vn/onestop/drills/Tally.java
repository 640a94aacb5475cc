package vn.onestop.drills;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a drill counted, printed as one line ({@code DRILL <name> key=value ...}) that drills/run
 * collects, so a run's figures can be read without reading test output.
 */
final class Tally {

    private final String drill;
    private final Map<String, Object> counts = new LinkedHashMap<>();

    Tally(String drill) {
        this.drill = drill;
    }

    Tally put(String key, Object value) {
        counts.put(key, value);
        return this;
    }

    void print() {
        System.out.println(
                "DRILL "
                        + drill
                        + " "
                        + counts.entrySet().stream()
                                .map(entry -> entry.getKey() + "=" + entry.getValue())
                                .collect(Collectors.joining(" ")));
    }
}
