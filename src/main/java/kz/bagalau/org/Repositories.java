package kz.bagalau.org;

import java.util.List;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import jakarta.persistence.QueryHint;

/*
 * Lookups run dozens of times per started evaluation, inside engine commands whose persistence context holds
 * that evaluation's records. Hibernate flushes before every query by default, dirty-checking the whole context
 * each time (a quarter of a campaign launch's time, docs/benchmarks.md). The organisation model is not changed
 * in those transactions, so these lookups do not flush; lookups by login or code are natural-id loads
 * (OrganisationModel), which never flush.
 */

interface OrganisationRepository extends JpaRepository<Organisation, Long> {
}

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {
    List<OrgUnit> findByOrganisationOrderById(Organisation organisation);
}

interface PositionRepository extends JpaRepository<Position, Long> {
}

interface ServantRepository extends JpaRepository<Servant, Long> {
    /** With the position in the same select: callers read the category or the head-of-apparatus flag of each. */
    @EntityGraph(attributePaths = "position")
    List<Servant> findByOrganisationOrderByLogin(Organisation organisation);

    /** The organisation's heads of apparatus, without loading all its servants (called once per evaluation). */
    @Query("select s from Servant s join fetch s.position p where s.organisation = ?1 and p.headOfApparatus = true"
            + " order by s.login")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    List<Servant> findHeadsOfApparatus(Organisation organisation);

    List<Servant> findByDirectSupervisor(Servant supervisor);
}
