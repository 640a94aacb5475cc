package vn.onestop.licensing.application.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.workflow.calendar.StatutoryClock;

/** A period during which the statutory clock stood still because a supplement was owed. */
@Entity
@Table(name = "clock_pause")
public class ClockPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private UUID applicationId;

    @Column(name = "paused_from", nullable = false)
    private LocalDate pausedFrom;

    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    @Column(nullable = false)
    private String stage;

    protected ClockPause() {}

    public ClockPause(UUID applicationId, LocalDate pausedFrom, String stage) {
        this.applicationId = applicationId;
        this.pausedFrom = pausedFrom;
        this.stage = stage;
    }

    public void end(LocalDate on) {
        this.pausedUntil = on;
    }

    public boolean isOpen() {
        return pausedUntil == null;
    }

    public String stage() {
        return stage;
    }

    public StatutoryClock.Pause toPause() {
        return new StatutoryClock.Pause(pausedFrom, Optional.ofNullable(pausedUntil));
    }
}
