package vn.onestop.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Response times per operation, in microseconds, with HdrHistogram's exact percentiles. */
final class Latencies {

    private static final java.util.Set<String> NOT_API =
            java.util.Set.of("whole case", "token", "setup");

    private final Map<String, Histogram> byOperation = new ConcurrentHashMap<>();

    void reset() {
        byOperation.clear();
    }

    void record(String operation, long nanos) {
        byOperation
                .computeIfAbsent(operation, name -> new ConcurrentHistogram(60_000_000L, 3))
                .recordValue(Math.max(1, Math.min(nanos / 1_000, 60_000_000L)));
    }

    /** Per operation: count, p50, p95, p99 and max in milliseconds. */
    Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
        byOperation.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        entry -> {
                            Histogram h = entry.getValue();
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("count", h.getTotalCount());
                            row.put("p50", millis(h.getValueAtPercentile(50)));
                            row.put("p95", millis(h.getValueAtPercentile(95)));
                            row.put("p99", millis(h.getValueAtPercentile(99)));
                            row.put("max", millis(h.getMaxValue()));
                            summary.put(entry.getKey(), row);
                        });
        return summary;
    }

    /**
     * The worst p95 over the API operations, in milliseconds: not the whole case (a sum of
     * operations and the investor's polling) nor Keycloak's token and one-off set-up calls.
     */
    double worstP95() {
        return byOperation.entrySet().stream()
                .filter(e -> !NOT_API.contains(e.getKey()))
                .mapToDouble(e -> millis(e.getValue().getValueAtPercentile(95)))
                .max()
                .orElse(0);
    }

    private static double millis(long micros) {
        return Math.round(micros / 100.0) / 10.0;
    }
}
