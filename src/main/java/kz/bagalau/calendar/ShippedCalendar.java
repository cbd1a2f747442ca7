package kz.bagalau.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The years shipped with the release: {@value #RESOURCE}, each citing its act. */
final class ShippedCalendar {

    static final String RESOURCE = "calendar/kz-years.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record File(List<Year> years) {}

    private record Year(int year, LocalDate kurbanAit, String act, List<LocalDate> daysOff,
                        List<LocalDate> workingDays) {}

    private ShippedCalendar() {
    }

    static List<YearAct> read() {
        try (InputStream in = ShippedCalendar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the classpath");
            }
            File file = new ObjectMapper().registerModule(new JavaTimeModule()).readValue(in, File.class);
            List<YearAct> acts = file.years().stream()
                    .map(y -> YearAct.of(y.year(), y.kurbanAit(), y.act(), y.daysOff(), y.workingDays())).toList();
            for (YearAct act : acts) {
                if (!act.problems().isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ", year " + act.year() + ": " + act.problems());
                }
            }
            return acts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
