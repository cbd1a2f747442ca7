package kz.bagalau.org;

import java.time.LocalDate;

/**
 * A small organisation built for one test: first head, authorized person, head of apparatus,
 * one unit with a head and two specialists, and an HR specialist. Logins carry the code as prefix.
 */
public final class OrgFixture {

    public static final LocalDate LONG_AGO = LocalDate.of(2019, 1, 10);

    public final String code;
    public final String chair;
    public final String authorized;
    public final String head;
    public final String hr;
    public final String unitHead;
    public final String spec1;
    public final String spec2;
    private Long specialistPosition;

    private OrgFixture(String code) {
        this.code = code;
        this.chair = code + ".chair";
        this.authorized = code + ".authorized";
        this.head = code + ".head";
        this.hr = code + ".hr";
        this.unitHead = code + ".unit.head";
        this.spec1 = code + ".spec1";
        this.spec2 = code + ".spec2";
    }

    public static OrgFixture create(OrganisationModel model, String code, Edition edition) {
        OrgFixture f = new OrgFixture(code);
        model.createOrganisation(code, "Тест " + code, "Тест " + code, null);
        model.adoptEdition(code, edition, LocalDate.of(2018, 1, 1), "test act");
        Long top = model.createUnit(code, null, "Аппарат", "Аппарат", false).getId();
        Long hrUnit = model.createUnit(code, top, "ПБҚ", "СУП", true).getId();
        Long unit = model.createUnit(code, top, "Бөлім", "Отдел", false).getId();
        f.hire(model, f.chair, model.createPosition(top, "Төраға", "Председатель", null, true, false).getId(), null);
        f.hire(model, f.authorized, model.createPosition(top, "Орынбасар", "Заместитель", null, true, false).getId(), f.chair);
        f.hire(model, f.head, model.createPosition(top, "Аппарат басшысы", "Руководитель аппарата", CorpsBCategory.E_2, true, true).getId(), f.chair);
        f.hire(model, f.hr, model.createPosition(hrUnit, "Маман", "Специалист", CorpsBCategory.E_4, false, false).getId(), f.head);
        f.hire(model, f.unitHead, model.createPosition(unit, "Бөлім басшысы", "Руководитель отдела", CorpsBCategory.E_3, true, false).getId(), f.head);
        f.hire(model, f.spec1, model.createPosition(unit, "Бас маман", "Главный специалист", CorpsBCategory.E_4, false, false).getId(), f.unitHead);
        f.specialistPosition = model.createPosition(unit, "Бас маман", "Главный специалист", CorpsBCategory.E_5, false, false).getId();
        f.hire(model, f.spec2, f.specialistPosition, f.unitHead);
        model.setFirstHead(code, f.chair);
        model.setAuthorizedPerson(code, f.authorized);
        return f;
    }

    /** The logins of an organisation {@link #create}d earlier (perhaps by another JVM); no new specialists. */
    public static OrgFixture existing(String code) {
        return new OrgFixture(code);
    }

    private void hire(OrganisationModel model, String login, Long position, String supervisor) {
        hire(model, login, position, supervisor, LONG_AGO);
    }

    private void hire(OrganisationModel model, String login, Long position, String supervisor, LocalDate appointedOn) {
        model.hire(new NewServant(code, login, login + " Тестұлы", login + " Тестович", null, login + "@test.kz", "kk",
                position, supervisor, appointedOn, null));
    }

    /** Another specialist of the unit, reporting to the unit head. */
    public String addSpecialist(OrganisationModel model, String suffix, LocalDate appointedOn) {
        String login = code + "." + suffix;
        hire(model, login, specialistPosition, unitHead, appointedOn);
        return login;
    }
}
