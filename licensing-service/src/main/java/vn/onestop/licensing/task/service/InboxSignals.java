package vn.onestop.licensing.task.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.onestop.workflow.process.InboxChange;

/**
 * Carries inbox changes from the replica whose engine made them to the officials connected to any
 * replica: a PostgreSQL NOTIFY inside the engine's transaction (so it is delivered on commit, and
 * never for a step that rolled back), and one LISTEN connection per replica.
 */
@ApplicationScoped
public class InboxSignals {

    static final String CHANNEL = "onestop_inbox";

    private static final Logger LOG = Logger.getLogger(InboxSignals.class);
    private static final int WAIT_MILLIS = 5_000;
    private static final long RECONNECT_MILLIS = 2_000;

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final List<Consumer<InboxChange>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile Connection listening;
    private Thread thread;

    InboxSignals(EntityManager entityManager, AgroalDataSource dataSource, ObjectMapper json) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Called with every change any replica committed, on this replica's listening thread. */
    public void addListener(Consumer<InboxChange> listener) {
        listeners.add(listener);
    }

    void publish(@Observes InboxChange change) {
        String payload;
        try {
            payload = json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write inbox change " + change, e);
        }
        // pg_notify returns void, which has no JDBC mapping: count the one row instead.
        entityManager
                .createNativeQuery("select count(*) from (select pg_notify(?1, ?2)) sent")
                .setParameter(1, CHANNEL)
                .setParameter(2, payload)
                .getSingleResult();
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listen, "inbox-signals");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the inbox's listening connection", e);
            }
        }
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    /** Holds one connection while the service runs; a lost connection is opened again. */
    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                listening = connection;
                statement.execute("LISTEN " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf(
                            "Inbox signals lost their connection, reconnecting: %s",
                            e.getMessage());
                    pause();
                }
            } finally {
                listening = null;
            }
        }
    }

    private void deliver(String payload) {
        InboxChange change;
        try {
            change = json.readValue(payload, InboxChange.class);
        } catch (JsonProcessingException e) {
            LOG.warnf("Ignoring an inbox signal that is not an InboxChange: %s", payload);
            return;
        }
        for (Consumer<InboxChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("An inbox listener failed", e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RECONNECT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
