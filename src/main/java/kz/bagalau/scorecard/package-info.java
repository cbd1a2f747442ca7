/**
 * Scorecard: the quarterly evaluation sheet of corps B servants («"Б" корпусы мемлекеттік әкімшілік
 * қызметшілерінің қызметін бағалау» / «оценка деятельности административных государственных служащих
 * корпуса "Б"»), its decision tables (grades, disciplinary caps, eligibility, KPI-count grades,
 * competency levels), the quarterly results and the yearly grade. Public surface:
 * {@link kz.bagalau.scorecard.ScorecardDecisions}, {@link kz.bagalau.scorecard.QuarterlyResults},
 * {@link kz.bagalau.scorecard.YearlyGrades}, the engine-free {@link kz.bagalau.scorecard.ScoreCalculator}
 * and the value types they take and return. See docs/decisions.md.
 */
package kz.bagalau.scorecard;
