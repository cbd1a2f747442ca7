package kz.bagalau.calendar;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYearRepository extends JpaRepository<CalendarYearEntity, Long> {

    Optional<CalendarYearEntity> findByYearNumber(int yearNumber);
}
