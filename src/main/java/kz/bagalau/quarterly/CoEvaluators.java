package kz.bagalau.quarterly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.bagalau.org.EvaluatorAssignment;
import kz.bagalau.org.Evaluators;
import kz.bagalau.org.OrganisationModel;
import kz.bagalau.org.Servant;
import kz.bagalau.web.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-evaluators: when an evaluator has more than a threshold of persons to evaluate (20 in KZ-2025,
 * 004 §18; 50 in KZ-2023, 003 §31 — DMN {@code quarterly-deadlines}), the corps "B" servants the
 * evaluator designated score too, and the sheets are averaged per parameter.
 */
@Service
@Transactional
public class CoEvaluators {

    private final CoEvaluatorRepository repository;
    private final OrganisationModel model;
    private final Evaluators evaluators;

    CoEvaluators(CoEvaluatorRepository repository, OrganisationModel model, Evaluators evaluators) {
        this.repository = repository;
        this.model = model;
        this.evaluators = evaluators;
    }

    /** Replaces the evaluator's designated co-evaluators. */
    public List<String> designate(String organisationCode, String evaluatorLogin, List<String> coEvaluators,
                                  String designatedBy) {
        for (String login : coEvaluators) {
            Servant s = model.servant(login);
            if (!s.getOrganisation().getCode().equals(organisationCode)) {
                throw new BadRequestException("'" + login + "' does not work in " + organisationCode);
            }
            if (login.equals(evaluatorLogin)) {
                throw new BadRequestException("The evaluator cannot be their own co-evaluator");
            }
            if (s.getDismissedOn() != null) {
                throw new BadRequestException("'" + login + "' is dismissed");
            }
        }
        repository.deleteByOrganisationCodeAndEvaluatorLogin(organisationCode, evaluatorLogin);
        repository.flush();
        coEvaluators.stream().distinct()
                .forEach(login -> repository.save(new CoEvaluator(organisationCode, evaluatorLogin, login, designatedBy)));
        return designated(organisationCode, evaluatorLogin);
    }

    @Transactional(readOnly = true)
    public List<String> designated(String organisationCode, String evaluatorLogin) {
        return repository.findByOrganisationCodeAndEvaluatorLoginOrderByCoEvaluatorLogin(organisationCode, evaluatorLogin)
                .stream().map(CoEvaluator::getCoEvaluatorLogin).toList();
    }

    /** How many serving servants of the organisation this evaluator evaluates on a date. */
    @Transactional(readOnly = true)
    public int load(String organisationCode, String evaluatorLogin, LocalDate on) {
        int count = 0;
        for (Servant s : model.servants(organisationCode)) {
            if (s.isDismissedBy(on) || s.getAppointedOn().isAfter(on)) {
                continue;
            }
            try {
                if (evaluatorLogin.equals(evaluators.whoEvaluates(s.getLogin(), on).evaluator())) {
                    count++;
                }
            } catch (BadRequestException notEvaluated) {
                // a first head without a supervisor is not evaluated by anyone here
            }
        }
        return count;
    }

    /** The evaluator, then the designated co-evaluators when the load is above the threshold; never the evaluated. */
    List<String> scorers(EvaluatorAssignment assignment, LocalDate on, int threshold) {
        List<String> scorers = new ArrayList<>(List.of(assignment.evaluator()));
        List<String> designated = designated(assignment.organisationCode(), assignment.evaluator());
        // Counting the evaluator's load reads the whole organisation: only worth it when someone is designated.
        if (!designated.isEmpty() && load(assignment.organisationCode(), assignment.evaluator(), on) > threshold) {
            designated.stream().filter(login -> !login.equals(assignment.evaluated())).forEach(scorers::add);
        }
        return scorers;
    }
}
