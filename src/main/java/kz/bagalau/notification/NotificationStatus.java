package kz.bagalau.notification;

/** Where a notification stands in its delivery. */
public enum NotificationStatus {
    /** Recorded, waiting for the sender (first attempt or a retry after a failure). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Mail is switched off ({@code bagalau.mail.enabled=false}): written to the log instead of sent. */
    LOGGED,
    /** Given up: no address, no template, or the retries ran out; an incident says so when there is an instance. */
    FAILED
}
