package kz.bagalau.security;

/**
 * The hook through which the calibration feature tells the access policy who sits on the calibration session
 * of a case (003 §20: "the calibration participants" may know the result). Implement it as a Spring bean; the
 * policy asks every implementation. Until one exists nobody is a calibration member.
 */
public interface CalibrationMembers {

    /** @param caseKey the business key of the evaluated case, e.g. {@code rudny/rd.org.spec1/2026-Q1} */
    boolean isMember(String login, String caseKey);
}
