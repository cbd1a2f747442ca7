package kz.bagalau.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarAuditRepository extends JpaRepository<CalendarAuditEntity, Long> {

    List<CalendarAuditEntity> findByYearNumberOrderByChangedAtDescIdDesc(int yearNumber);

    List<CalendarAuditEntity> findAllByOrderByChangedAtDescIdDesc();
}
