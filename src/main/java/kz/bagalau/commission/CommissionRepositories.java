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
    boolean existsByMeetingIdAndServantLoginAndMemberLoginAndVoteRound(Long meetingId, String servantLogin,
                                                                       String memberLogin, int voteRound);

    List<CommissionVote> findByMeetingIdAndServantLoginAndVoteRoundOrderByMemberLogin(Long meetingId,
                                                                                      String servantLogin, int voteRound);

    List<CommissionVote> findByMeetingIdAndServantLoginOrderByVoteRoundAscMemberLoginAsc(Long meetingId,
                                                                                          String servantLogin);
}

interface CommissionSignatureRepository extends JpaRepository<CommissionSignature, Long> {
    boolean existsByMeetingIdAndServantLoginAndVoteRound(Long meetingId, String servantLogin, int voteRound);

    List<CommissionSignature> findByMeetingIdAndVoteRoundOrderBySignedAt(Long meetingId, int voteRound);
}
