package kz.bagalau.org;

/**
 * Categories of corps "B" administrative positions in local representative bodies
 * («"Б" корпусы санаттары» / «категории корпуса "Б"»): E for the apparatus of regional and city
 * maslikhats, E-R for districts, E-G for rural districts and settlements. The head of apparatus
 * is E-2 (004 §3.3, §17).
 */
public enum CorpsBCategory {
    E_1("Е-1"), E_2("Е-2"), E_3("Е-3"), E_4("Е-4"), E_5("Е-5"),
    E_R_1("Е-R-1"), E_R_2("Е-R-2"), E_R_3("Е-R-3"), E_R_4("Е-R-4"), E_R_5("Е-R-5"),
    E_G_1("Е-G-1"), E_G_2("Е-G-2"), E_G_3("Е-G-3"), E_G_4("Е-G-4");

    private final String label;

    CorpsBCategory(String label) {
        this.label = label;
    }

    /** The category as written in the register of positions, e.g. «Е-2». */
    public String label() {
        return label;
    }
}
