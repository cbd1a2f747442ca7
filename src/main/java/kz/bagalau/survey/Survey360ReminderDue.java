package kz.bagalau.survey;

import java.util.List;

/**
 * Respondents of a 360 survey have not answered yet (issue 9, item 5). The hook for the notification feature:
 * it listens to this event and sends each respondent in {@code notAnswered} a reminder of their own that names
 * the survey and its deadline, never the other respondents or how many answered. Until that feature is merged
 * nothing listens and the reminder is a no-op.
 */
public record Survey360ReminderDue(String survey, String servant, List<String> notAnswered) {}
