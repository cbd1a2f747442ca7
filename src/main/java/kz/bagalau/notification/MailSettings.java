package kz.bagalau.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bagalau.mail.*}: whether mail really goes out, the sender address and the retry policy.
 * The SMTP server itself is configured with Spring Boot's {@code spring.mail.*} properties.
 *
 * @param enabled     {@code false}: every notification is recorded and logged, none is sent (the demo default)
 * @param from        the sender address
 * @param maxAttempts attempts before a notification is given up as FAILED
 * @param retryDelay  wait after the first failed attempt; it doubles with every further failure
 * @param outbox      how the sender polls the outbox
 */
@ConfigurationProperties("bagalau.mail")
record MailSettings(@DefaultValue("false") boolean enabled,
                    @DefaultValue("bagalau@localhost") String from,
                    @DefaultValue("5") int maxAttempts,
                    @DefaultValue("PT1M") Duration retryDelay,
                    @DefaultValue Outbox outbox) {

    /**
     * @param scheduled    poll on a schedule (tests switch it off and call {@link MailOutbox#processDue()})
     * @param pollInterval pause between two polls
     * @param batchSize    notifications claimed per poll
     */
    record Outbox(@DefaultValue("true") boolean scheduled,
                  @DefaultValue("PT15S") Duration pollInterval,
                  @DefaultValue("50") int batchSize) {
    }
}
