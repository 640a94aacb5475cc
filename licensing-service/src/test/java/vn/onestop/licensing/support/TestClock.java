package vn.onestop.licensing.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The service's clock in tests: system time until a test moves it, and then the engine's clock
 * moves with it, by the same offset, so that timers fire and the case records the same time. Time
 * keeps running after a move, as it does in production.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves this clock and the engine's to the given instant; both run on from there. */
    public void moveTo(Instant when) {
        Duration moved = Duration.between(Instant.now(), when);
        offset = moved;
        ClockUtil.offset(moved.toMillis());
    }

    /** Back to system time, for this clock and the engine's. */
    public void reset() {
        offset = Duration.ZERO;
        ClockUtil.reset();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
