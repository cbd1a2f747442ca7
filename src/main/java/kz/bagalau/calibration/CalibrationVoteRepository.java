package kz.bagalau.calibration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalibrationVoteRepository extends JpaRepository<CalibrationVote, Long> {
    List<CalibrationVote> findBySessionIdOrderByMemberLogin(Long sessionId);

    boolean existsBySessionIdAndMemberLogin(Long sessionId, String memberLogin);
}
