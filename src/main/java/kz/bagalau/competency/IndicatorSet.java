package kz.bagalau.competency;

import kz.bagalau.org.Servant;

/**
 * The two columns of behavioural indicators in 001 appendix 4: category E-2 for managerial positions and
 * E-4 for non-managerial ones. A servant's set follows their position: heads of units and of the apparatus
 * use E-2, everyone else E-4 (the appendix gives no other categories).
 */
public enum IndicatorSet {
    E_2("Е-2", "басшылық / руководящие"),
    E_4("Е-4", "басшылық емес / неруководящие");

    private final String label;
    private final String kind;

    IndicatorSet(String label, String kind) {
        this.label = label;
        this.kind = kind;
    }

    public static IndicatorSet of(Servant servant) {
        return servant.isManager() ? E_2 : E_4;
    }

    /** The Camunda Form with this set's indicators. */
    public String formId() {
        return "competency-sheet-" + name().toLowerCase().replace("_", "");
    }

    public String label() {
        return label + " (" + kind + ")";
    }
}
