package kz.bagalau.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) on the loopback on a free port, one per test JVM, and the mail
 * properties that point the application at it with sending switched on.
 */
public class GreenMailInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String BASE_URL = "http://bagalau.test";
    public static final int MAX_ATTEMPTS = 3;

    private static GreenMail server;

    /** The running server; tests may stop it to play an SMTP outage and must start it again. */
    public static synchronized GreenMail smtp() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + smtp().getSmtp().getPort(),
                "bagalau.mail.enabled=true",
                "bagalau.mail.from=bagalau@bagalau.test",
                "bagalau.mail.max-attempts=" + MAX_ATTEMPTS,
                "bagalau.mail.retry-delay=PT1M",
                "bagalau.base-url=" + BASE_URL
        ).applyTo(context);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
