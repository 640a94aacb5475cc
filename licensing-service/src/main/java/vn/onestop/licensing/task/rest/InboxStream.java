package vn.onestop.licensing.task.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.onestop.licensing.task.service.InboxSignals;
import vn.onestop.workflow.process.InboxChange;

/**
 * The officials connected to {@code GET /tasks/events}: each receives the changes of its groups'
 * inbox, a comment every few seconds so proxies keep the stream open, and the end of the stream
 * when its token expires (the browser then reconnects with a fresh one, through the portal).
 */
@ApplicationScoped
public class InboxStream {

    /** What a browser waits before reconnecting after the stream ended. */
    static final long RETRY_MILLIS = 3_000;

    private static final Logger LOG = Logger.getLogger(InboxStream.class);

    private record Subscriber(Sse sse, Set<String> groups, Instant until) {}

    private final InboxSignals signals;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<SseEventSink, Subscriber> subscribers = new ConcurrentHashMap<>();

    InboxStream(InboxSignals signals, ObjectMapper json, Clock clock) {
        this.clock = clock;
        this.signals = signals;
        this.json = json;
    }

    @PostConstruct
    void listen() {
        signals.addListener(this::deliver);
    }

    void open(SseEventSink sink, Sse sse, Set<String> groups, Instant until) {
        subscribers.put(sink, new Subscriber(sse, Set.copyOf(groups), until));
        send(
                sink,
                sse.newEventBuilder()
                        .name("ready")
                        .data("{}")
                        .reconnectDelay(RETRY_MILLIS)
                        .build());
    }

    /** Whether officials holding {@code roles} work the task that changed. */
    static boolean concerns(Set<String> roles, InboxChange change) {
        return !Collections.disjoint(roles, change.groups());
    }

    private void deliver(InboxChange change) {
        String data;
        try {
            data = json.writeValueAsString(InboxEventResponse.of(change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        subscribers.forEach(
                (sink, subscriber) -> {
                    if (concerns(subscriber.groups(), change)) {
                        send(
                                sink,
                                subscriber
                                        .sse()
                                        .newEventBuilder()
                                        .name("task")
                                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                                        .data(data)
                                        .build());
                    }
                });
    }

    @Scheduled(every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void keepAlive() {
        Instant now = clock.instant();
        subscribers.forEach(
                (sink, subscriber) -> {
                    if (sink.isClosed()) {
                        subscribers.remove(sink);
                    } else if (!now.isBefore(subscriber.until())) {
                        close(sink);
                    } else {
                        send(
                                sink,
                                subscriber.sse().newEventBuilder().comment("keep-alive").build());
                    }
                });
    }

    /** Sends, or forgets a stream the browser closed: one gone stream never stops the others. */
    private void send(SseEventSink sink, OutboundSseEvent event) {
        if (sink.isClosed()) {
            subscribers.remove(sink);
            return;
        }
        try {
            sink.send(event)
                    .whenComplete(
                            (sent, failure) -> {
                                if (failure != null) {
                                    LOG.debugf(
                                            "An inbox stream went away: %s", failure.getMessage());
                                    close(sink);
                                }
                            });
        } catch (IllegalStateException closedMeanwhile) {
            subscribers.remove(sink);
        }
    }

    private void close(SseEventSink sink) {
        subscribers.remove(sink);
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing an inbox stream", e);
        }
    }
}
