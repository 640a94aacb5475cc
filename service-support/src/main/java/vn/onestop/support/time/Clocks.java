package vn.onestop.support.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of a service: every time it records or compares comes from the injected {@link
 * Clock}, never from {@code Instant.now()}, so that tests move all of them at once (licensing's
 * test clock also moves the engine's).
 */
@Singleton
public class Clocks {

    /**
     * System time in UTC, to the microsecond PostgreSQL keeps: a time read back from the database
     * equals the one written.
     */
    @Produces
    @Singleton
    @DefaultBean
    Clock system() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
