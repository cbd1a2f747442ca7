package kz.bagalau.calibration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The composition rule of a calibration session («калибровочная сессия құрамы / состав», 004 §20, 003 §38):
 * an odd number of members, at least three; neither the servant who disagrees nor the person who evaluated
 * them; the other evaluators and an HR employee are included. {@link #check} names the first rule broken.
 *
 * @param applicant       the servant who applied
 * @param excluded        who evaluated the applicant (evaluator, co-evaluators)
 * @param otherEvaluators the organisation's other evaluators of the quarter (by the organisation rule)
 * @param hrEmployees     the HR service of the organisation
 * @param knownServants   logins that exist; anyone else is refused
 */
record CalibrationComposition(String applicant, Set<String> excluded, Set<String> otherEvaluators,
                              Set<String> hrEmployees, Set<String> knownServants) {

    static final String CLAUSE = " (004 §20, 003 §38)";

    /** The members as entered: logins separated by commas, semicolons, spaces or new lines, or a list. */
    static List<String> parse(Object value) {
        List<String> members = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> members.add(String.valueOf(v).trim()));
        } else if (value != null) {
            for (String s : value.toString().replaceAll("[\\[\\]\"]", " ").split("[,;\\s]+")) {
                members.add(s.trim());
            }
        }
        members.removeIf(String::isEmpty);
        return members;
    }

    /** The members, unchanged, when the composition is lawful; otherwise the rule it breaks. */
    List<String> check(List<String> members) {
        Set<String> distinct = new LinkedHashSet<>(members);
        if (distinct.size() != members.size()) {
            throw new IllegalArgumentException("A member is listed twice: each person is one member" + CLAUSE);
        }
        if (members.size() < 3) {
            throw new IllegalArgumentException("A calibration session has at least 3 members, not " + members.size()
                    + " / Не менее трёх членов" + CLAUSE);
        }
        if (members.size() % 2 == 0) {
            throw new IllegalArgumentException("A calibration session has an odd number of members, not "
                    + members.size() + " / Нечётное количество членов" + CLAUSE);
        }
        List<String> unknown = members.stream().filter(m -> !knownServants.contains(m)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown login(s) " + unknown + ": members are civil servants");
        }
        if (distinct.contains(applicant)) {
            throw new IllegalArgumentException("The servant who disagrees with the evaluation (" + applicant
                    + ") is not a member / Не включается лицо, несогласное с оценкой" + CLAUSE);
        }
        List<String> evaluators = members.stream().filter(excluded::contains).toList();
        if (!evaluators.isEmpty()) {
            throw new IllegalArgumentException("The person who evaluated the servant " + evaluators
                    + " is not a member / Не включается лицо, оценившее его" + CLAUSE);
        }
        if (members.stream().noneMatch(hrEmployees::contains)) {
            throw new IllegalArgumentException("An HR employee is included, e.g. " + hrEmployees
                    + " / Включается работник службы управления персоналом" + CLAUSE);
        }
        List<String> missing = otherEvaluators.stream().filter(e -> !distinct.contains(e)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The other evaluators are included: " + missing
                    + " / Включаются оценивающие лица" + CLAUSE);
        }
        return members;
    }
}
