package kz.bagalau.security;

import java.time.Instant;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/audit}: the audit trail for administrators, newest first, with optional filters. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditTrail audit;
    private final CurrentUser currentUser;

    AuditController(AuditTrail audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<AuditTrail.Entry> find(@RequestParam(required = false) String actor,
                                @RequestParam(required = false) AuditTrail.Action action,
                                @RequestParam(required = false) String resourceType,
                                @RequestParam(required = false) String resourceId,
                                @RequestParam(required = false) String organisation,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                @RequestParam(defaultValue = "100") int limit) {
        currentUser.requireAdmin();
        return audit.find(new AuditTrail.Query(actor, action, resourceType, resourceId, organisation, from, to), limit);
    }
}
