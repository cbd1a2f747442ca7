package kz.bagalau.org;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

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

    List<Servant> findByOrganisationOrderByLogin(Organisation organisation);

    List<Servant> findByDirectSupervisor(Servant supervisor);
}
