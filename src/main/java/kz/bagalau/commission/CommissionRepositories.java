package kz.bagalau.commission;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommissionMeetingRepository extends JpaRepository<CommissionMeeting, Long> {
    Optional<CommissionMeeting> findByBusinessKey(String businessKey);
}

interface CommissionDecisionRepository extends JpaRepository<CommissionDecision, Long> {
    List<CommissionDecision> findByMeetingIdOrderByServantLogin(Long meetingId);

    Optional<CommissionDecision> findByMeetingIdAndServantLogin(Long meetingId, String servantLogin);

    List<CommissionDecision> findByServantLoginAndYearAndStatusIn(String servantLogin, int year,
                                                                  Collection<CommissionDecision.Status> statuses);
}

interface CommissionVoteRepository extends JpaRepository<CommissionVote, Long> {
    boolean existsByMeetingIdAndServantLoginAndMemberLogin(Long meetingId, String servantLogin, String memberLogin);

    List<CommissionVote> findByMeetingIdAndServantLoginOrderByMemberLogin(Long meetingId, String servantLogin);
}

interface CommissionSignatureRepository extends JpaRepository<CommissionSignature, Long> {
    boolean existsByMeetingIdAndServantLogin(Long meetingId, String servantLogin);

    List<CommissionSignature> findByMeetingIdOrderBySignedAt(Long meetingId);
}
