package kz.bagalau.org;

/** A servant was hired, moved, given a role or dismissed: identity and group memberships follow. */
public record ServantChanged(String login) {
}
