package kz.bagalau.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.bagalau.org.Edition;
import kz.bagalau.org.OrgFixture;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.quarterly.QuarterlyEvaluations;
import kz.bagalau.scorecard.QuarterRef;
import kz.bagalau.web.BadRequestException;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A stand-in for the campaign process (another issue): generated KZ-2025 organisations of 20 evaluated servants
 * each (the head of apparatus evaluates 19: no co-evaluators), whose first quarter of 2026 is started through
 * {@link QuarterlyEvaluations#start} in batches of {@value #BATCH}, one transaction per batch. Run again after a
 * crash it carries on: organisations that exist are kept, evaluations that exist are skipped by business key.
 */
final class GeneratedCampaign {

    static final String PREFIX = "crash";
    static final int EVALUATED_PER_ORGANISATION = 20;
    static final int YEAR = 2026;
    static final int QUARTER = 1;
    private static final int EXTRA_SPECIALISTS = EVALUATED_PER_ORGANISATION - 5;
    private static final int BATCH = 10;
    private static final LocalDate EVALUATED_ON = LocalDate.of(2026, 4, 10);

    private final OrganisationModel model;
    private final QuarterlyEvaluations evaluations;
    private final TransactionTemplate transaction;

    GeneratedCampaign(ApplicationContext context) {
        this.model = context.getBean(OrganisationModel.class);
        this.evaluations = context.getBean(QuarterlyEvaluations.class);
        this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    void run(int organisations) {
        List<QuarterRef> evaluated = new ArrayList<>();
        for (int i = 1; i <= organisations; i++) {
            evaluated.addAll(organisation(String.format("%s%02d", PREFIX, i)));
        }
        for (int from = 0; from < evaluated.size(); from += BATCH) {
            List<QuarterRef> batch = evaluated.subList(from, Math.min(from + BATCH, evaluated.size()));
            transaction.executeWithoutResult(status -> batch.forEach(this::startOnce));
        }
    }

    private void startOnce(QuarterRef ref) {
        if (evaluations.exists(ref.businessKey())) {
            return;
        }
        try {
            evaluations.start(ref.organisationCode(), ref.servantLogin(), YEAR, QUARTER, EVALUATED_ON);
        } catch (BadRequestException startedMeanwhile) {
            // another node was quicker: exactly what the business key is for
        }
    }

    private List<QuarterRef> organisation(String code) {
        boolean exists = model.organisations().stream().anyMatch(o -> o.getCode().equals(code));
        OrgFixture f = exists ? OrgFixture.existing(code) : OrgFixture.create(model, code, Edition.KZ_2025);
        List<String> logins = new ArrayList<>(List.of(f.head, f.hr, f.unitHead, f.spec1, f.spec2));
        for (int i = 0; i < EXTRA_SPECIALISTS; i++) {
            logins.add(exists ? code + ".extra" + i : f.addSpecialist(model, "extra" + i, OrgFixture.LONG_AGO));
        }
        return logins.stream().map(login -> new QuarterRef(code, login, YEAR, QUARTER)).toList();
    }
}
