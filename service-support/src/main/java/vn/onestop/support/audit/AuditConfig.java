package vn.onestop.support.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The audit chain's settings ({@code onestop.audit.*}). */
@ConfigMapping(prefix = "onestop.audit")
public interface AuditConfig {

    /** The e-seal checkpoints are signed with (the authority's, as for licences). */
    Seal seal();

    Checkpoints checkpoint();

    interface Seal {
        /** A PKCS#12 keystore. */
        Path keystore();

        String password();

        /** The key entry; the only one when not set. */
        Optional<String> alias();
    }

    interface Checkpoints {
        /**
         * How often the chain is sealed when it has grown ({@code off} to seal only on demand, as
         * tests do). Records written since the last checkpoint are what a rewrite could hide in.
         */
        @WithDefault("5m")
        String every();

        /** The most records one checkpoint lists, so no seal grows without bound. */
        @WithDefault("10000")
        int maxRecords();
    }
}
