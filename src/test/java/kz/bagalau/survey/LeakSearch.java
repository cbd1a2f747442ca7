package kz.bagalau.survey;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Searches every row of every table whose name a filter accepts (found through JDBC metadata, so a table
 * added by a later Camunda version is searched too) for rows in which a marker occurs — e.g. a respondent's
 * user id together with an answer. Every column is read as text, byte arrays and CLOBs included.
 */
final class LeakSearch {

    record Hit(String table, String row) {}

    private LeakSearch() {
    }

    static List<String> tables(DataSource dataSource, Predicate<String> accept) {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String name = rs.getString("TABLE_NAME");
                    if (accept.test(name.toUpperCase(Locale.ROOT))) {
                        names.add(schema == null ? name : schema + "." + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** Rows of the tables that contain the text {@code who} and match {@code what}. */
    static List<Hit> rows(DataSource dataSource, List<String> tables, String who, Pattern what) {
        List<Hit> hits = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select * from " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            row.append(meta.getColumnName(i)).append('=').append(text(rs.getObject(i))).append(" | ");
                        }
                        String text = row.toString();
                        if ((who == null || text.contains(who)) && what.matcher(text).find()) {
                            hits.add(new Hit(table, text));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return hits;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return String.valueOf(value);
    }
}
