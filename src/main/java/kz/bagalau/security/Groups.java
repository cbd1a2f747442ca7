package kz.bagalau.security;

/**
 * Camunda group ids that Bagalau creates and uses in candidate groups and authorizations.
 * Role groups are global; organisation groups carry the organisation's code so that one
 * body never sees another's work.
 */
public final class Groups {

    /** Administrators: Cockpit, Admin and everything else (created by the engine's admin-user setup). */
    public static final String ADMIN = "camunda-admin";
    /** Every HR employee («персоналды басқару қызметі» / «служба управления персоналом»). */
    public static final String HR = "hr";
    /** Officials who appoint corps B servants («уәкілетті тұлға» / «должностное лицо, имеющее право назначения»). */
    public static final String AUTHORIZED_PERSON = "authorized-person";
    /** Process owners who may deploy models but see no results. */
    public static final String PROCESS_OWNER = "process-owner";

    private Groups() {
    }

    /** All servants of one organisation: the group that gets Tasklist. */
    public static String organisation(String orgCode) {
        return "org-" + orgCode;
    }

    /** The HR service of one organisation: candidate group of its HR tasks. */
    public static String hr(String orgCode) {
        return "hr-" + orgCode;
    }

    /** A group that Bagalau creates and keeps in step with the organisation model ({@code IdentitySync}). */
    public static boolean isManaged(String groupId) {
        return groupId != null && (groupId.equals(HR) || groupId.equals(AUTHORIZED_PERSON)
                || groupId.startsWith("org-") || groupId.startsWith("hr-"));
    }
}
