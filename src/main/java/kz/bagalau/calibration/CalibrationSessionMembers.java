package kz.bagalau.calibration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.bagalau.security.CalibrationMembers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits on the calibration session of a quarterly case (003 §20: "the calibration participants" may know the
 * result): the members the authorized person approved (004 §20, 003 §38). The case key is the quarterly business
 * key {@code <organisation>/<servant>/<year>-Q<n>}; its session is {@code <organisation>/calibration/<servant>/<year>-Q<n>}.
 * Through this hook {@code AccessPolicy} lets the members read the result and the protocol (docs/security.md).
 */
@Component
class CalibrationSessionMembers implements CalibrationMembers {

    private static final Pattern QUARTERLY_KEY = Pattern.compile("([^/]+)/([^/]+)/(\\d{4}-Q[1-4])");

    private final CalibrationSessionRepository sessions;

    CalibrationSessionMembers(CalibrationSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(String login, String caseKey) {
        if (login == null || caseKey == null) {
            return false;
        }
        Matcher m = QUARTERLY_KEY.matcher(caseKey);
        if (!m.matches()) {
            return false; // another kind of case (a 360 survey, a yearly plan): no calibration session
        }
        return sessions.findByBusinessKey(m.group(1) + "/calibration/" + m.group(2) + "/" + m.group(3))
                .map(s -> s.getMembers().contains(login))
                .orElse(false);
    }
}
