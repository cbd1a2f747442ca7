package kz.bagalau.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import kz.bagalau.org.Organisation;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.security.AccessPolicy;
import kz.bagalau.security.AccessPolicy.Relation;
import kz.bagalau.security.AuditTrail;
import kz.bagalau.security.EvaluationCase;
import kz.bagalau.web.NotFoundApiException;

/**
 * What the yearly documents of KZ-2018 / KZ-2023T share (the work plan, 002 appendix 9; the KPI sheet,
 * appendix 10): the path {@code {organisation}/{servant}/{year}}, the readers — the servant, the direct
 * supervisor and the superior supervisor of the record, HR of the organisation and administrators, as on
 * {@code GET /api/work-plans/...} and {@code /api/kpi-evaluations/...}; to anyone else the record does not
 * exist (404) — and the servant's particulars the forms print.
 */
@Component
class YearlyRecords {

    /**
     * Relations of {@link AccessPolicy} that read a yearly plan or sheet. Unlike a quarterly result, an
     * administrator reads them: the records' own endpoints (YearlyKpiController) allow it, and a document must
     * not be more or less secret than its record.
     */
    static final Set<Relation> READERS = EnumSet.of(Relation.EVALUATED, Relation.EVALUATOR,
            Relation.HR_OF_ORGANISATION, Relation.ADMIN);

    /** A yearly record as the path names it. */
    record Key(String organisation, String servant, int year) {
        String businessKey() {
            return organisation + "/" + servant + "/" + year;
        }
    }

    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final OrganisationModel model;

    YearlyRecords(AccessPolicy policy, AuditTrail audit, OrganisationModel model) {
        this.policy = policy;
        this.audit = audit;
        this.model = model;
    }

    Key key(DocumentRequest request) {
        request.expect(3, "{organisation}/{servant}/{year}");
        return new Key(request.segment(0), request.segment(1), request.number(2));
    }

    /**
     * The record if it belongs to the organisation of the path and the caller may read it, audited as
     * {@code resource}; otherwise 404 with the same text as for a record that does not exist.
     */
    <T> T readable(Key key, Optional<T> record, Function<T, String> organisation,
                   Function<T, Set<String>> evaluators, String resource) {
        T found = record.filter(r -> organisation.apply(r).equals(key.organisation())).orElse(null);
        if (found == null) {
            throw notFound(key, resource);
        }
        EvaluationCase c = new EvaluationCase(key.organisation(), key.businessKey(), key.servant(),
                evaluators.apply(found), Set.of());
        if (policy.relationsTo(c).stream().noneMatch(READERS::contains)) {
            audit.denied(resource, key.businessKey(), key.organisation());
            throw notFound(key, resource);
        }
        audit.read(resource, key.businessKey(), key.organisation());
        return found;
    }

    private static NotFoundApiException notFound(Key key, String resource) {
        return new NotFoundApiException("No " + resource.toLowerCase().replace('_', ' ') + " " + key.businessKey()
                + " that you may see");
    }

    /** Organisation, servant (name, position), unit and year, in the document's language. */
    Map<String, Object> model(Key key, QuarterlyRecords people, DocumentLanguage language) {
        Organisation organisation = model.organisation(key.organisation());
        Map<String, Object> m = new HashMap<>();
        m.put("organisation", language.pick(organisation.getNameKk(), organisation.getNameRu()));
        m.put("servant", people.person(key.servant(), language));
        m.put("unit", unit(key.servant(), language));
        m.put("year", key.year());
        m.put("periodFrom", QuarterlyRecords.date(LocalDate.of(key.year(), 1, 1)));
        m.put("periodTo", QuarterlyRecords.date(LocalDate.of(key.year(), 12, 31)));
        return m;
    }

    ZoneId zone(Key key) {
        return model.organisation(key.organisation()).getZone();
    }

    private String unit(String login, DocumentLanguage language) {
        if (!model.hasServant(login)) {
            return "";
        }
        Servant s = model.servant(login);
        if (s.getPosition() == null || s.getPosition().getUnit() == null) {
            return "";
        }
        return language.pick(s.getPosition().getUnit().getNameKk(), s.getPosition().getUnit().getNameRu());
    }
}
