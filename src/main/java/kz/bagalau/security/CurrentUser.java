package kz.bagalau.security;

import java.util.List;

import kz.bagalau.web.ForbiddenException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is calling, as the REST authentication filter established it for this request.
 * The one place feature code asks "who is this" and "may they".
 */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The login of the caller, or {@code null} when nobody is authenticated (engine jobs, start-up). */
    public String id() {
        Authentication a = identityService.getCurrentAuthentication();
        return a == null ? null : a.getUserId();
    }

    public List<String> groups() {
        Authentication a = identityService.getCurrentAuthentication();
        return a == null || a.getGroupIds() == null ? List.of() : a.getGroupIds();
    }

    public boolean inGroup(String group) {
        return groups().contains(group);
    }

    public boolean isAdmin() {
        return inGroup(Groups.ADMIN);
    }

    /** @throws ForbiddenException (HTTP 403) unless the caller is an administrator */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new ForbiddenException("Only administrators may do this");
        }
    }

    /** The caller's login, for audit records; "system" for work done by the engine itself. */
    public String idOrSystem() {
        String id = id();
        return id == null ? "system" : id;
    }
}
