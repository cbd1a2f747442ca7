package kz.bagalau.document;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import kz.bagalau.calibration.CalibrationSession;
import kz.bagalau.calibration.CalibrationSessions;
import kz.bagalau.calibration.CalibrationVote;
import kz.bagalau.calibration.VoteChoice;
import kz.bagalau.document.AcquaintanceActSource.Signer;
import kz.bagalau.document.QuarterlyRecords.Person;
import kz.bagalau.org.Organisation;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.security.AccessPolicy;
import kz.bagalau.security.EvaluationCase;

/**
 * {@code GET /api/documents/calibration-protocol/{organisation}/{servant}/{year}/{quarter}}: the protocol of the
 * calibration session on one servant's quarter («калибрлеу сессиясының хаттамасы» / «протокол калибровочной
 * сессии», 003 §41, 004 §23): members present, the evaluator's presentation and the servant's written
 * argument, every member's vote, the score and grade before and after with the outcome, signature lines of the
 * members and of HR as secretary. It exists once the votes are counted (404 before).
 * <p>
 * Readers: {@link AccessPolicy.Resource#PROTOCOL} — the applicant, who evaluated them, HR of the organisation and
 * the session's members (003 §20); to anyone else, administrators included, it does not exist (404). A session
 * decides on one application (004 §20: "конкретной калибровочной сессии"), so the protocol has one servant's line
 * only: the applicant gets the whole protocol, which is their own extract.
 */
@Component
class CalibrationProtocolSource implements DocumentSource {

    private final CalibrationSessions sessions;
    private final QuarterlyRecords records;
    private final AccessPolicy policy;

    CalibrationProtocolSource(CalibrationSessions sessions, QuarterlyRecords records, AccessPolicy policy) {
        this.sessions = sessions;
        this.records = records;
        this.policy = policy;
    }

    @Override
    public String type() {
        return "calibration-protocol";
    }

    record Vote(String member, String choice, String proposedScore, String argument) {
    }

    @Override
    public DocumentContent content(DocumentRequest request) {
        request.expect(4, "{organisation}/{servant}/{year}/{quarter}");
        String key = CalibrationSessions.businessKey(request.segment(0), request.segment(1), request.number(2),
                request.number(3));
        CalibrationSession s = sessions.find(key)
                .orElseThrow(() -> AccessPolicy.notFound(AccessPolicy.Resource.PROTOCOL, key));
        Set<String> evaluators = new TreeSet<>(s.excluded());
        evaluators.add(s.getEvaluatorLogin());
        policy.requireRead(AccessPolicy.Resource.PROTOCOL, new EvaluationCase(s.getOrganisationCode(),
                s.quarterRef().businessKey(), s.getServantLogin(), evaluators, Set.of()), key);
        if (s.getOutcome() == null) {
            // No protocol before the members' votes are counted.
            throw AccessPolicy.notFound(AccessPolicy.Resource.PROTOCOL, key);
        }

        DocumentLanguage language = request.language();
        Organisation organisation = records.organisation(s.getOrganisationCode());
        ZoneId zone = organisation.getZone();
        List<CalibrationVote> cast = sessions.votes(s.getId());
        String signedOn = QuarterlyRecords.date(s.getProtocolSignedOn());

        Map<String, Object> model = new HashMap<>();
        model.put("organisation", language.pick(organisation.getNameKk(), organisation.getNameRu()));
        model.put("servant", records.person(s.getServantLogin(), language));
        model.put("evaluator", records.person(s.getEvaluatorLogin(), language));
        model.put("authorized", records.person(s.getCompositionBy(), language));
        model.put("compositionDate", QuarterlyRecords.date(s.getCompositionAt(), zone));
        model.put("appliedOn", QuarterlyRecords.date(s.getAppliedAt(), zone));
        model.put("year", s.getYear());
        model.put("quarter", s.getQuarter());
        model.put("periodFrom", QuarterlyRecords.date(QuarterlyRecords.firstDay(s.getYear(), s.getQuarter())));
        model.put("periodTo", QuarterlyRecords.date(QuarterlyRecords.firstDay(s.getYear(), s.getQuarter())
                .plusMonths(3).minusDays(1)));
        model.put("heldOn", QuarterlyRecords.date(s.getHeldOn()));
        model.put("place", s.getPlace());
        model.put("protocolDate", signedOn.isEmpty() ? QuarterlyRecords.date(s.getHeldOn()) : signedOn);
        model.put("members", s.getMembers().stream().map(m -> records.person(m, language)).toList());
        model.put("presentation", s.getPresentation());
        model.put("applicationReason", sessions.applicationReason(s));
        model.put("votes", cast.stream().map(v -> new Vote(records.person(v.getMemberLogin(), language).name(),
                v.getChoice().name(), v.getProposedScore().toPlainString(),
                v.getArgument() == null ? "" : v.getArgument())).toList());
        model.put("keep", count(cast, VoteChoice.KEEP));
        model.put("up", count(cast, VoteChoice.UP));
        model.put("down", count(cast, VoteChoice.DOWN));
        model.put("previousScore", s.getPreviousScore().toPlainString());
        model.put("previousGrade", grade(s.getPreviousGrade(), language));
        model.put("finalScore", s.getFinalScore().toPlainString());
        model.put("finalGrade", grade(s.getFinalGrade(), language));
        model.put("outcome", s.getOutcome().name());
        List<Signer> signers = new ArrayList<>();
        for (String member : s.getMembers()) {
            Person p = records.person(member, language);
            signers.add(new Signer("calibration-protocol.signer.member", p.name(), p.position(), signedOn));
        }
        if (s.getOrganisedBy() != null) {
            Person hr = records.person(s.getOrganisedBy(), language);
            signers.add(new Signer("calibration-protocol.signer.secretary", hr.name(), hr.position(), signedOn));
        }
        model.put("signers", signers);
        return new DocumentContent("calibration-protocol", key, s.getOrganisationCode(), s.getServantLogin(),
                asOf(s, cast, zone), model);
    }

    /** The last change the protocol shows: composition, presentation, the last vote, the signing day. */
    private static Instant asOf(CalibrationSession s, List<CalibrationVote> cast, ZoneId zone) {
        return Stream.concat(Stream.of(s.getAppliedAt(), s.getCompositionAt(), s.getPresentedAt(),
                                s.getProtocolSignedOn() == null ? null : s.getProtocolSignedOn().atStartOfDay(zone).toInstant()),
                        cast.stream().map(CalibrationVote::getCastAt))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static long count(List<CalibrationVote> cast, VoteChoice choice) {
        return cast.stream().filter(v -> v.getChoice() == choice).count();
    }

    private static String grade(Grade grade, DocumentLanguage language) {
        return grade == null ? "" : language.pick(grade.kazakh(), grade.russian());
    }
}
