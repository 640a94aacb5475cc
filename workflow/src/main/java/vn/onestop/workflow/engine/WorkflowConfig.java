package vn.onestop.workflow.engine;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the embedded process engine ({@code workflow.*}). */
@ConfigMapping(prefix = "workflow")
public interface WorkflowConfig {

    /**
     * Engine history level. It is stored in the database at first start and must never change
     * afterwards (the engine refuses to start on a mismatch). {@code full} keeps every variable
     * change, which the auditors' case history relies on.
     */
    @WithDefault("full")
    String historyLevel();

    /** The job executor, which runs timers and asynchronous service tasks. */
    JobExecutor jobExecutor();

    /** Job executor settings. */
    interface JobExecutor {
        /** Whether this instance acquires and runs jobs. */
        @WithDefault("true")
        boolean enabled();

        /** Threads that always run jobs. */
        @WithDefault("3")
        int corePoolSize();

        /** Upper bound of job threads under load. */
        @WithDefault("10")
        int maxPoolSize();

        /** Acquired jobs waiting for a thread; when full, acquisition backs off. */
        @WithDefault("50")
        int queueSize();

        /** Jobs locked per acquisition round. */
        @WithDefault("3")
        int maxJobsPerAcquisition();

        /**
         * Longest pause between acquisition rounds when no job is due. Short waits make timers fire
         * promptly (tests use a fraction of a second); long ones spare the database.
         */
        @WithDefault("5s")
        Duration maxWait();

        /**
         * How long an acquired job stays locked to this instance before others may take it: after a
         * crash, how long its jobs wait. Camunda's 5 minutes is far above our longest job (the
         * licence: render, seal, store, in seconds); the licence-job crash drill measures it.
         */
        @WithDefault("1m")
        Duration lockTime();
    }
}
