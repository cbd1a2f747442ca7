package kz.bagalau.scorecard;

/** The level of one competency (000 §27), output {@code level} of DMN {@code competency-level}. */
public enum CompetencyLevel {

    MEETS("Күтілген нәтижеге сәйкес", "Соответствует ожидаемому результату"),
    DOES_NOT_MEET("Күтілген нәтижеге сәйкес емес", "Не соответствует ожидаемому результату");

    private final String kazakh;
    private final String russian;

    CompetencyLevel(String kazakh, String russian) {
        this.kazakh = kazakh;
        this.russian = russian;
    }

    public String kazakh() {
        return kazakh;
    }

    public String russian() {
        return russian;
    }
}
