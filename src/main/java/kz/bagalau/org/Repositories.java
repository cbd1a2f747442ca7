package kz.bagalau.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {
    Optional<Organisation> findByCode(String code);
}

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {
    List<OrgUnit> findByOrganisationOrderById(Organisation organisation);
}

interface PositionRepository extends JpaRepository<Position, Long> {
}

interface ServantRepository extends JpaRepository<Servant, Long> {
    Optional<Servant> findByLogin(String login);

    /** With the position in the same select: callers read the category or the head-of-apparatus flag of each. */
    @EntityGraph(attributePaths = "position")
    List<Servant> findByOrganisationOrderByLogin(Organisation organisation);

    /** The organisation's heads of apparatus, without loading all its servants (called once per evaluation). */
    @Query("select s from Servant s join fetch s.position p where s.organisation = ?1 and p.headOfApparatus = true"
            + " order by s.login")
    List<Servant> findHeadsOfApparatus(Organisation organisation);

    List<Servant> findByDirectSupervisor(Servant supervisor);
}
