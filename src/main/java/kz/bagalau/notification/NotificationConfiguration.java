package kz.bagalau.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Mail settings, and the schedule that works through the outbox on every node. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfiguration {

    /** Polls the outbox; every node may run it, the row claims keep them apart. Off in tests, which poll by hand. */
    @Component
    @ConditionalOnProperty(name = "bagalau.mail.outbox.scheduled", havingValue = "true", matchIfMissing = true)
    static class OutboxSchedule {

        private final MailOutbox outbox;

        OutboxSchedule(MailOutbox outbox) {
            this.outbox = outbox;
        }

        @Scheduled(fixedDelayString = "${bagalau.mail.outbox.poll-interval:PT15S}", initialDelayString = "PT30S")
        void poll() {
            outbox.processDue();
        }
    }
}
