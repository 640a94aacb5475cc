package vn.onestop.drills;

import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Clients as the drills run them: many at once, each retrying a request the way a well-behaved
 * client does (same request, same Idempotency-Key) while the service is unreachable or answers 5xx,
 * until it gets a definite answer.
 */
final class Clients {

    /** Every attempt made and every attempt that did not reach a definite answer. */
    final AtomicInteger attempts = new AtomicInteger();

    final AtomicInteger retried = new AtomicInteger();

    /** Every answer received, as "status content-type", for drills that judge each one. */
    final java.util.Queue<String> answers = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final int parallel;

    Clients(int parallel) {
        this.parallel = parallel;
    }

    /** Sends the request until it is answered below 500, within {@code patience}. */
    Response untilDefinite(Supplier<Response> request, Duration patience) {
        return await().atMost(patience)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(
                        () -> {
                            attempts.incrementAndGet();
                            try {
                                Response response = request.get();
                                answers.add(response.statusCode() + " " + response.contentType());
                                if (response.statusCode() >= 500) {
                                    retried.incrementAndGet();
                                }
                                return response;
                            } catch (Exception unreachable) {
                                // REST Assured rethrows connection failures unchecked (Groovy).
                                retried.incrementAndGet();
                                throw unreachable;
                            }
                        },
                        response -> response.statusCode() < 500);
    }

    /** Runs every task on {@link #parallel} threads and returns their results in order. */
    <T> List<T> all(List<java.util.concurrent.Callable<T>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
            return futures.stream().map(Clients::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
