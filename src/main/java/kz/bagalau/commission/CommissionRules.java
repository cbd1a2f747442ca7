package kz.bagalau.commission;

import java.util.Map;

import kz.bagalau.security.Privileged;
import kz.bagalau.web.BadRequestException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The commission's rules as the process owner reads them in DMN: {@code commission-rules} (periods by edition),
 * {@code commission-quorum} (000 §30) and {@code commission-decision} (000 §33). Evaluated as the application:
 * the tables are the methodology, not a user's resource.
 */
@Component
public class CommissionRules {

    public static final String RULES = "commission-rules";
    public static final String QUORUM = "commission-quorum";
    public static final String DECISION = "commission-decision";

    private final DecisionService decisionService;
    private final IdentityService identityService;

    CommissionRules(DecisionService decisionService, IdentityService identityService) {
        this.decisionService = decisionService;
        this.identityService = identityService;
    }

    /** Working days: notice before the meeting, acquaintance after approval, appeal after the decision. */
    public record Periods(int noticeWorkingDays, int acquaintanceWorkingDays, int appealWorkingDays) {}

    /** The majority's decision and whether the chair's vote broke a tie. */
    public record Outcome(CommissionVote.Choice decision, boolean chairDecided) {}

    public Periods periods(String edition) {
        Map<String, Object> r = evaluate(RULES, Variables.createVariables().putValue("edition", edition),
                "edition " + edition + " (the commission sits in KZ-2018 and KZ-2023T)");
        return new Periods(number(r, "noticeWorkingDays"), number(r, "acquaintanceWorkingDays"),
                number(r, "appealWorkingDays"));
    }

    public boolean quorate(int members, int present) {
        Map<String, Object> r = evaluate(QUORUM, Variables.createVariables().putValue("members", members)
                .putValue("present", present), present + " present of " + members);
        return Boolean.TRUE.equals(r.get("quorate"));
    }

    public Outcome decide(int approveVotes, int reviseVotes, CommissionVote.Choice chairVote) {
        Map<String, Object> r = evaluate(DECISION, Variables.createVariables().putValue("approveVotes", approveVotes)
                .putValue("reviseVotes", reviseVotes).putValue("chairVote", chairVote == null ? null : chairVote.name()),
                approveVotes + " to " + reviseVotes);
        return new Outcome(CommissionVote.Choice.valueOf((String) r.get("decision")),
                Boolean.TRUE.equals(r.get("chairDecided")));
    }

    private Map<String, Object> evaluate(String key, VariableMap variables, String what) {
        return Privileged.call(identityService, () -> {
            Map<String, Object> entry = decisionService.evaluateDecisionTableByKey(key, variables).getFirstResult();
            if (entry == null) {
                throw new BadRequestException("Decision " + key + " has no rule for " + what);
            }
            return entry;
        });
    }

    private static int number(Map<String, Object> result, String name) {
        return ((Number) result.get(name)).intValue();
    }
}
