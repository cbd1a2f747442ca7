package kz.bagalau.commission;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import kz.bagalau.document.DocumentContent;
import kz.bagalau.document.DocumentLanguage;
import kz.bagalau.document.DocumentRequest;
import kz.bagalau.document.DocumentSource;
import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.scorecard.Grade;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.Groups;
import kz.bagalau.web.NotFoundApiException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET /api/documents/commission-protocol/{meetingId}?lang=kk|ru}: the protocol of the evaluation
 * commission's meeting (002 appendix 11; 000 §39 appendix 5): the approval block of the authorized person, per
 * servant the result of the sheets, the commission's correction and recommendations, the conclusion and the
 * signatures of the secretary, the chair and the members (the last round after a return). Readable by HR of the
 * organisation, the commission's members and the authorized person; 404 for anyone else, as the meeting itself.
 */
@Component
class CommissionProtocolDocument implements DocumentSource {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CommissionMeetings meetings;
    private final CommissionCompositions compositions;
    private final OrganisationModel model;
    private final CurrentUser currentUser;

    CommissionProtocolDocument(CommissionMeetings meetings, CommissionCompositions compositions,
                               OrganisationModel model, CurrentUser currentUser) {
        this.meetings = meetings;
        this.compositions = compositions;
        this.model = model;
        this.currentUser = currentUser;
    }

    @Override
    public String type() {
        return "commission-protocol";
    }

    record Line(int no, String servant, String result, String correction, String recommendations) {}

    record Signer(String role, String name, String position, String date) {}

    @Override
    @Transactional(readOnly = true, noRollbackFor = NotFoundApiException.class)
    public DocumentContent content(DocumentRequest request) {
        request.expect(1, "{meetingId}");
        CommissionMeeting meeting = readable(request.number(0));
        if (meeting.getProtocolAt() == null) {
            throw new NotFoundApiException("The protocol of meeting " + meeting.getId() + " is not drawn up yet");
        }
        DocumentLanguage lang = request.language();
        Organisation organisation = model.organisation(meeting.getOrganisationCode());
        ZoneId zone = organisation.getZone();
        CommissionOrder order = compositions.order(meeting.getOrderId());

        List<Line> lines = new ArrayList<>();
        int no = 1;
        for (CommissionDecision d : meetings.decisions(meeting.getId())) {
            lines.add(new Line(no++, name(d.getServantLogin(), lang), grade(d.getSheetGrade(), lang),
                    d.getCorrectedGrade() == null ? "" : grade(d.getCorrectedGrade(), lang),
                    d.getRecommendations() == null ? "" : d.getRecommendations()));
        }
        List<CommissionSignature> signed = meetings.signatures(meeting.getId());
        List<Signer> signers = new ArrayList<>();
        signers.add(signer("commission-protocol.secretary", order.secretary(), signed, lang, zone));
        signers.add(signer("commission-protocol.chair", order.chair(), signed, lang, zone));
        meeting.getPresent().stream().filter(l -> !l.equals(order.chair())).sorted()
                .forEach(l -> signers.add(signer("commission-protocol.member", l, signed, lang, zone)));

        String authorized = organisation.getAuthorizedPerson() != null ? organisation.getAuthorizedPerson().getLogin()
                : organisation.getFirstHead() == null ? null : organisation.getFirstHead().getLogin();
        Map<String, Object> data = new HashMap<>();
        data.put("organisation", lang.pick(organisation.getNameKk(), organisation.getNameRu()));
        data.put("year", meeting.getYear());
        data.put("meetingDate", DAY.format(meeting.getMeetingDate()));
        data.put("orderNo", order.getOrderNo());
        data.put("approverName", meeting.getApprovedBy() == null ? "" : name(meeting.getApprovedBy(), lang));
        data.put("approverPosition", authorized == null ? "" : position(authorized, lang));
        data.put("approvedOn", meeting.getApprovedAt() == null ? "" : DAY.format(meeting.getApprovedAt().atZone(zone)));
        data.put("lines", lines);
        data.put("conclusion", meeting.getConclusion() == null ? "" : meeting.getConclusion());
        data.put("present", meeting.getPresentCount() + " / " + meeting.getMembersCount());
        data.put("signers", signers);
        Instant asOf = Stream.concat(Stream.of(meeting.getProtocolAt(), meeting.getApprovedAt()),
                signed.stream().map(CommissionSignature::getSignedAt)).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow();
        return new DocumentContent("commission-protocol", meeting.getBusinessKey(), meeting.getOrganisationCode(),
                null, asOf, data);
    }

    /** HR of the organisation, a member of the order, the authorized person; to anyone else it does not exist. */
    private CommissionMeeting readable(long meetingId) {
        CommissionMeeting m;
        try {
            m = meetings.meeting(meetingId);
        } catch (NotFoundApiException e) {
            throw new NotFoundApiException("No commission protocol " + meetingId + " that you may see");
        }
        String me = currentUser.id();
        Organisation organisation = model.organisation(m.getOrganisationCode());
        boolean may = currentUser.inGroup(Groups.hr(m.getOrganisationCode()))
                || compositions.order(m.getOrderId()).roleOf(me).isPresent()
                || (organisation.getAuthorizedPerson() != null && organisation.getAuthorizedPerson().getLogin().equals(me));
        if (!may) {
            throw new NotFoundApiException("No commission protocol " + meetingId + " that you may see");
        }
        return m;
    }

    private Signer signer(String role, String login, List<CommissionSignature> signed, DocumentLanguage lang,
                          ZoneId zone) {
        String date = signed.stream().filter(s -> s.getServantLogin().equals(login)).findFirst()
                .map(s -> DAY.format(s.getSignedAt().atZone(zone))).orElse("");
        return new Signer(role, name(login, lang), position(login, lang), date);
    }

    private String name(String login, DocumentLanguage lang) {
        return model.hasServant(login) ? model.servant(login).fullName(lang.code()) : login;
    }

    private String position(String login, DocumentLanguage lang) {
        if (!model.hasServant(login)) {
            return "";
        }
        Servant s = model.servant(login);
        return s.getPosition() == null ? "" : lang.pick(s.getPosition().getTitleKk(), s.getPosition().getTitleRu());
    }

    private static String grade(String grade, DocumentLanguage lang) {
        Grade g = Grade.valueOf(grade);
        return lang.pick(g.kazakh(), g.russian());
    }
}
