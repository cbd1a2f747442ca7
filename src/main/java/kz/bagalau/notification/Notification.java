package kz.bagalau.notification;

import java.time.Instant;

/**
 * One recorded notification («хабарлама» / «уведомление»): to whom, when, what, in which language and
 * how its delivery went. The record is the proof that a servant was informed (000 §40-41, 002 §68).
 */
public record Notification(long id, String recipientLogin, String recipientEmail, String templateKey, String language,
                           String subject, String body, String taskId, String processInstanceId,
                           NotificationStatus status, int attempts, Instant createdAt, Instant sentAt,
                           String lastError, String incidentId) {
}
