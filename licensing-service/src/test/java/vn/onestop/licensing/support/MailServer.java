package vn.onestop.licensing.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A real SMTP server on loopback, so the service's e-mail goes over the wire in tests. */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        server =
                new GreenMail(
                        new ServerSetup(
                                        ServerSetup.PORT_SMTP,
                                        "127.0.0.1",
                                        ServerSetup.PROTOCOL_SMTP)
                                .dynamicPort());
        server.start();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Every message delivered so far to {@code address}. */
    public static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipients(message).contains(address))
                .toList();
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
