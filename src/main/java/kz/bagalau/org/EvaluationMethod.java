package kz.bagalau.org;

/** How a servant is evaluated under an edition, which decides the form and the process. */
public enum EvaluationMethod {
    /** KZ-2018 / KZ-2023T: yearly individual work plan with 5 KPIs, KPI and competency sheets, commission (000 §9–28). */
    YEARLY_KPI,
    /** KZ-2023 heads of units and of the body: 3–5 KPIs scored quarterly (003 §21–27). */
    QUARTERLY_KPI,
    /** KZ-2023 other corps B servants: ranking on four parameters (003 §28–32). */
    RANKING,
    /** KZ-2025 head of apparatus: managerial scorecard (004 §17, appendix 1). */
    MANAGERIAL,
    /** KZ-2025 everyone else: non-managerial scorecard (004 §17, appendix 2). */
    NON_MANAGERIAL
}
