package vn.onestop.licensing.notification.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * E-mail copies of notifications ({@code licensing.mail.*}). The SMTP server itself is configured
 * with {@code quarkus.mailer.*}.
 */
@ConfigMapping(prefix = "licensing.mail")
public interface MailConfig {

    /** Whether investors get e-mail copies; off until an SMTP server is configured. */
    @WithDefault("false")
    boolean enabled();

    /** How often the outbox looks for e-mail to send (a Quarkus scheduler period). */
    @WithDefault("30s")
    Duration every();

    /** E-mails sent per transaction. */
    @WithDefault("20")
    int batchSize();

    /** Failed deliveries before the outbox gives up on one e-mail (and logs it). */
    @WithDefault("8")
    int maxAttempts();
}
