package vn.onestop.licensing.licence.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import vn.onestop.support.problem.ApplicationException;
import vn.onestop.support.problem.ProblemType;

/**
 * Limits the unauthenticated licence verification per client address, so the public endpoints
 * cannot be used to enumerate certificate numbers or load the database. Behind an ingress the
 * address is the forwarded one ({@code quarkus.http.proxy.*}).
 */
@ApplicationScoped
public class PublicRateLimiter {

    /** Public verification limits ({@code licensing.public.*}). */
    @ConfigMapping(prefix = "licensing.public")
    public interface Limits {
        /** Requests one client address may make per minute (bursts up to the same number). */
        @WithDefault("60")
        int requestsPerMinute();
    }

    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder()
                    .maximumSize(100_000)
                    .expireAfterAccess(Duration.ofMinutes(10))
                    .build();
    private final int perMinute;

    PublicRateLimiter(Limits limits) {
        this.perMinute = limits.requestsPerMinute();
    }

    /**
     * Takes one request from the client's allowance.
     *
     * @throws ApplicationException 429 when the allowance is used up
     */
    public void acquire(String client) {
        Bucket bucket =
                buckets.get(
                        client,
                        key ->
                                Bucket.builder()
                                        .addLimit(
                                                Bandwidth.builder()
                                                        .capacity(perMinute)
                                                        .refillGreedy(
                                                                perMinute, Duration.ofMinutes(1))
                                                        .build())
                                        .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds =
                    Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            throw new ApplicationException(
                    ProblemType.TOO_MANY_REQUESTS, "verification.too-many", seconds);
        }
    }
}
