package kz.bagalau.operations;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes "one instance per business key" hold across nodes: table {@code process_business_key} has the pair
 * (process, business key) as primary key. A service claims the key in the transaction that starts the
 * instance; a crash rolls both back, and a second node starting the same key at the same moment fails on
 * the insert (its whole transaction rolls back) instead of starting a duplicate. Callers keep their
 * friendly "started already" check before claiming: the claim is the guard for the race, not the answer.
 * A claim is never released (like the history the "started already" check reads).
 */
@Component
public class UniqueBusinessKeys {

    private final JdbcTemplate jdbc;

    UniqueBusinessKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for the instance just started, inside the caller's transaction (required: without one the
     * claim would outlive a failed start).
     *
     * @throws DuplicateKeyException when the key was claimed already
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(String processKey, String businessKey, String processInstanceId) {
        jdbc.update("insert into process_business_key (process_key, business_key, process_instance_id, claimed_at)"
                + " values (?, ?, ?, ?)", processKey, businessKey, processInstanceId, Timestamp.from(Instant.now()));
    }
}
