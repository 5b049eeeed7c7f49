package nl.partnerkaart.bookkeeping;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.SqlParameterValue;

/** Lists of text (roles, regions, recipients) as H2 {@code ARRAY} columns, in and out. */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** A parameter bound as one array, not expanded into a list of parameters as a collection would be. */
    public static SqlParameterValue texts(Collection<String> values) {
        return new SqlParameterValue(Types.ARRAY, values.toArray(String[]::new));
    }

    public static List<String> texts(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }
}
