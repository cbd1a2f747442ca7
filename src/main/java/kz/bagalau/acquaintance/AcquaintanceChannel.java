package kz.bagalau.acquaintance;

/**
 * How a servant was acquainted («таныстыру» / «ознакомление») with a result: in Tasklist, in writing (the servant
 * signed the commission's results, 000 §40-41), or by a channel that records delivery (003 §11, 004 §10, 002 §68).
 */
public enum AcquaintanceChannel {
    TASKLIST, IN_WRITING, REGISTERED_LETTER, PHONOGRAM, TELEGRAM, SMS, EMAIL, OTHER;

    public static AcquaintanceChannel external(String value) {
        try {
            AcquaintanceChannel channel = valueOf(String.valueOf(value).trim().toUpperCase());
            if (channel == TASKLIST || channel == IN_WRITING) {
                throw new IllegalArgumentException();
            }
            return channel;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Channel '" + value + "' is not one that records delivery: use "
                    + "REGISTERED_LETTER, PHONOGRAM, TELEGRAM, SMS, EMAIL or OTHER");
        }
    }
}
