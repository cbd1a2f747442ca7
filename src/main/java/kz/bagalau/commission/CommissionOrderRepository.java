package kz.bagalau.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommissionOrderRepository extends JpaRepository<CommissionOrder, Long> {

    Optional<CommissionOrder> findFirstByOrganisationCodeAndOrderDateLessThanEqualOrderByOrderDateDescIdDesc(
            String organisationCode, LocalDate on);

    Optional<CommissionOrder> findFirstByOrganisationCodeOrderByOrderDateDescIdDesc(String organisationCode);

    Optional<CommissionOrder> findByOrganisationCodeAndOrderNo(String organisationCode, String orderNo);

    List<CommissionOrder> findByOrganisationCodeOrderByOrderDateAscIdAsc(String organisationCode);
}
