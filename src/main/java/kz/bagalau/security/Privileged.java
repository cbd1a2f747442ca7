package kz.bagalau.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs system work (identity sync, authorizations a process needs) without the caller's engine
 * authentication, then restores it. The engine skips authorization checks when nobody is
 * authenticated; the caller's own rights were checked before they asked for the work.
 */
public final class Privileged {

    private Privileged() {
    }

    public static <T> T call(IdentityService identityService, Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }

    public static void run(IdentityService identityService, Runnable work) {
        call(identityService, () -> {
            work.run();
            return null;
        });
    }
}
