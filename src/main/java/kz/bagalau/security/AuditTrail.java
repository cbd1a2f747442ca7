package kz.bagalau.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: who read or changed a result, a plan, a vote, a calendar year — and who was refused (003 §14,
 * kept 3 years, then purged by {@link RetentionPurge}). Table {@code audit_event}; administrators query it at
 * {@code /api/audit}.
 * <p>
 * Features call {@link #read}, {@link #changed} or {@link #denied} with a resource type of their own
 * ({@code "RESULT"}, {@code "WORK_PLAN"}, {@code "VOTE"}, {@code "CALENDAR_YEAR"}…) and the record's readable id
 * (a business key). {@link AccessPolicy#requireRead} records reads and refusals itself.
 */
@Service
public class AuditTrail {

    public enum Action { READ, CHANGE, DENIED }

    /** One entry as {@code /api/audit} shows it. */
    public record Entry(Long id, Instant occurredAt, String actor, String action, String resourceType,
                        String resourceId, String organisation, String detail) {}

    /** Filters of {@code /api/audit}; every one optional. */
    public record Query(String actor, Action action, String resourceType, String resourceId, String organisation,
                        Instant from, Instant to) {}

    static final int MAX_PAGE = 500;

    private final AuditEventRepository repository;
    private final CurrentUser currentUser;

    AuditTrail(AuditEventRepository repository, CurrentUser currentUser) {
        this.repository = repository;
        this.currentUser = currentUser;
    }

    /**
     * A read that was allowed. Recorded in its own transaction: the record of a read must not depend on what the
     * request does afterwards.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void read(String resourceType, String resourceId, String organisation) {
        save(Action.READ, resourceType, resourceId, organisation, null);
    }

    /** A change, recorded in the changing transaction: it is in the trail if and only if the change committed. */
    @Transactional
    public void changed(String resourceType, String resourceId, String organisation, String detail) {
        save(Action.CHANGE, resourceType, resourceId, organisation, detail);
    }

    /** A refused attempt, recorded in its own transaction because the refusal rolls back the request's. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(String resourceType, String resourceId, String organisation) {
        save(Action.DENIED, resourceType, resourceId, organisation, null);
    }

    @Transactional(readOnly = true)
    public List<Entry> find(Query query, int limit) {
        Specification<AuditEvent> spec = (root, q, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (query.actor() != null) {
                where.add(cb.equal(root.get("actor"), query.actor()));
            }
            if (query.action() != null) {
                where.add(cb.equal(root.get("action"), query.action().name()));
            }
            if (query.resourceType() != null) {
                where.add(cb.equal(root.get("resourceType"), query.resourceType()));
            }
            if (query.resourceId() != null) {
                where.add(cb.equal(root.get("resourceId"), query.resourceId()));
            }
            if (query.organisation() != null) {
                where.add(cb.equal(root.get("organisationCode"), query.organisation()));
            }
            if (query.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from()));
            }
            if (query.to() != null) {
                where.add(cb.lessThan(root.get("occurredAt"), query.to()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return repository.findAll(spec, PageRequest.of(0, size, Sort.by(Sort.Direction.DESC, "occurredAt", "id")))
                .map(AuditEvent::view).getContent();
    }

    /** Deletes entries older than the cutoff; returns how many. */
    @Transactional
    public int purgeOlderThan(Instant cutoff) {
        return repository.deleteOlderThan(cutoff);
    }

    private void save(Action action, String resourceType, String resourceId, String organisation, String detail) {
        repository.save(new AuditEvent(ClockUtil.getCurrentTime().toInstant(), currentUser.idOrSystem(), action,
                resourceType, resourceId, organisation, detail));
    }
}
