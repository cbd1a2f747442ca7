package kz.bagalau.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The leak search finds a leak when there is one: a planted row makes it fail. */
class LeakSearchTests {

    @Test
    void findsARespondentNextToAnAnswerAndNothingElse() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:leak-search;DB_CLOSE_DELAY=-1");
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("create table ACT_HI_PLANTED (ID_ varchar(64), USER_ID_ varchar(64), NAME_ varchar(64),"
                    + " TEXT_ varchar(64), BYTES_ varbinary(200))");
            st.execute("insert into ACT_HI_PLANTED values ('1', 'x.respondent', 'answer360_EFFICIENCY', '4', null)");
            st.execute("insert into ACT_HI_PLANTED values ('2', 'x.other', 'answer360_ETHICS', '5', null)");
            st.execute("insert into ACT_HI_PLANTED values ('3', 'x.respondent', 'taskCompleted', null, null)");
            // A value hidden in a byte array is found too.
            st.execute("insert into ACT_HI_PLANTED values ('4', null, 'blob', null, X'"
                    + hex("{\"who\":\"x.hidden\",\"COOPERATION\":3}") + "')");
            st.execute("create table SAFE_TABLE (ID bigint)");
        }
        List<String> tables = LeakSearch.tables(ds, name -> name.startsWith("ACT_HI_"));
        assertThat(tables).singleElement().asString().endsWith("ACT_HI_PLANTED");

        Pattern answer = Pattern.compile("answer360_|EFFICIENCY|ETHICS|COOPERATION");
        assertThat(LeakSearch.rows(ds, tables, "x.respondent", answer)).singleElement()
                .satisfies(hit -> assertThat(hit.row()).contains("answer360_EFFICIENCY"));
        assertThat(LeakSearch.rows(ds, tables, "x.hidden", answer)).hasSize(1);
        assertThat(LeakSearch.rows(ds, tables, "x.nobody", answer)).isEmpty();
        assertThat(LeakSearch.rows(ds, tables, null, Pattern.compile("answer360_"))).hasSize(2);
    }

    private static String hex(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            b.append(String.format("%02x", x));
        }
        return b.toString();
    }
}
