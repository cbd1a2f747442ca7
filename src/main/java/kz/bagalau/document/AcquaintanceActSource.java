package kz.bagalau.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import kz.bagalau.acquaintance.Acquaintance;
import kz.bagalau.acquaintance.AcquaintanceChannel;
import kz.bagalau.acquaintance.Acquaintances;
import kz.bagalau.document.QuarterlyRecords.Person;
import kz.bagalau.org.Organisation;
import kz.bagalau.scorecard.QuarterlyResult;
import kz.bagalau.security.CurrentUser;
import kz.bagalau.web.ForbiddenException;
import kz.bagalau.web.NotFoundApiException;

/**
 * {@code GET /api/documents/acquaintance-act/{organisation}/{servant}/{year}/{quarter}}: the act of
 * acquaintance with an evaluation result («бағалау нәтижелерімен таныстыру актісі» / «акт об
 * ознакомлении с результатами оценки», 003 §11, 004 §10, 002 §68) from the recorded acquaintances; with
 * {@code ?refusal=true} (HR only) the act of refusal to be acquainted («танысудан бас тарту туралы акт» /
 * «акт об отказе от ознакомления», free form, 000 §41 as amended by 001: signed by the HR specialist and
 * two other servants, whose names are written in by hand).
 */
@Component
class AcquaintanceActSource implements DocumentSource {

    private final QuarterlyRecords records;
    private final Acquaintances acquaintances;
    private final CurrentUser currentUser;

    AcquaintanceActSource(QuarterlyRecords records, Acquaintances acquaintances, CurrentUser currentUser) {
        this.records = records;
        this.acquaintances = acquaintances;
        this.currentUser = currentUser;
    }

    @Override
    public String type() {
        return "acquaintance-act";
    }

    record Line(String channel, String date, String deliveredOn, String proof) {
    }

    /** A signature line: role (message key), name and position (blank for a hand-written witness), date. */
    record Signer(String role, String name, String position, String date) {
    }

    @Override
    public DocumentContent content(DocumentRequest request) {
        QuarterlyResult r = records.readable(request);
        DocumentLanguage language = request.language();
        Organisation organisation = records.organisation(r.getOrganisationCode());
        ZoneId zone = organisation.getZone();
        String subjectKey = r.ref().businessKey();
        List<Acquaintance> recorded = acquaintances.of(subjectKey);
        boolean refusal = request.flag("refusal") || recorded.stream().anyMatch(Acquaintance::isRefused);

        Instant asOf;
        String actDate;
        List<Signer> signers = new ArrayList<>();
        Person servant = records.person(r.getServantLogin(), language);
        if (refusal) {
            if (!records.isHr(r)) {
                throw new ForbiddenException("Only HR of " + r.getOrganisationCode() + " draws up an act of refusal");
            }
            Acquaintance refused = recorded.stream().filter(Acquaintance::isRefused).findFirst().orElse(null);
            asOf = refused != null ? refused.getAcquaintedAt()
                    : LocalDate.now(zone).atStartOfDay(zone).toInstant().isAfter(r.getUpdatedAt())
                            ? LocalDate.now(zone).atStartOfDay(zone).toInstant() : r.getUpdatedAt();
            actDate = QuarterlyRecords.date(asOf, zone);
            Person hr = records.person(refused != null ? refused.getRecordedBy() : currentUser.id(), language);
            signers.add(new Signer("act.signer.hr", hr.name(), hr.position(), actDate));
            signers.add(new Signer("act.signer.witness", "", "", ""));
            signers.add(new Signer("act.signer.witness", "", "", ""));
        } else {
            if (recorded.isEmpty()) {
                throw new NotFoundApiException("No acquaintance with " + subjectKey + " is recorded yet");
            }
            Acquaintance last = recorded.get(recorded.size() - 1);
            asOf = last.getAcquaintedAt();
            actDate = QuarterlyRecords.date(asOf, zone);
            for (Acquaintance a : recorded) {
                if (a.getChannel() == AcquaintanceChannel.TASKLIST) {
                    signers.add(new Signer("act.signer.servant", servant.name(), servant.position(),
                            QuarterlyRecords.date(a.getAcquaintedAt(), zone)));
                } else {
                    Person hr = records.person(a.getRecordedBy(), language);
                    signers.add(new Signer("act.signer.hr", hr.name(), hr.position(),
                            QuarterlyRecords.date(a.getAcquaintedAt(), zone)));
                }
            }
        }

        Map<String, Object> model = records.model(r, organisation, language);
        model.put("refusal", refusal);
        model.put("actDate", actDate);
        model.put("lines", recorded.stream().map(a -> new Line(a.getChannel().name(),
                QuarterlyRecords.date(a.getAcquaintedAt(), zone), QuarterlyRecords.date(a.getDeliveredOn()),
                a.getProof())).toList());
        model.put("signers", signers);
        return new DocumentContent("acquaintance-act", subjectKey, r.getOrganisationCode(), r.getServantLogin(),
                asOf, model);
    }
}
