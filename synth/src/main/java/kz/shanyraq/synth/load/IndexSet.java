package kz.shanyraq.synth.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes and unique constraints of one table that a bulk load is faster without: captured as their exact
 * definitions, dropped before the COPY and created again after it, inside the load's transaction (so a failed
 * load rolls the drop back too). A constraint that a foreign key relies on is left in place.
 */
final class IndexSet {

    private record Definition(String table, String index, String constraint, String definition) {
    }

    private final List<Definition> definitions;

    private IndexSet(List<Definition> definitions) {
        this.definitions = definitions;
    }

    static IndexSet of(Connection c, String table) throws SQLException {
        String sql = """
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), con.conname,
                       pg_get_constraintdef(con.oid)
                from pg_index i
                left join pg_constraint con on con.conindid = i.indexrelid and con.contype in ('p', 'u', 'x')
                where i.indrelid = to_regclass(?)
                  and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = i.indexrelid)
                order by i.indexrelid
                """;
        List<Definition> list = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new Definition(table, rs.getString(1), rs.getString(3),
                            rs.getString(3) == null ? rs.getString(2) : rs.getString(4)));
                }
            }
        }
        return new IndexSet(list);
    }

    void drop(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Definition d : definitions) {
                s.execute(d.constraint == null ? "drop index " + d.index
                        : "alter table " + d.table + " drop constraint " + quote(d.constraint));
            }
        }
    }

    void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Definition d : definitions) {
                s.execute(d.constraint == null ? d.definition
                        : "alter table " + d.table + " add constraint " + quote(d.constraint) + " " + d.definition);
            }
        }
    }

    int size() {
        return definitions.size();
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
