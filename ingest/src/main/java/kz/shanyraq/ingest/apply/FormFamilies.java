package kz.shanyraq.ingest.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Families come into the registry with their first members: a family key the registry does not know becomes a
 * family (its id from the importer's sequence), formed on the earliest membership day the batch gives. A family
 * that gets an earlier member than it had is dated back.
 */
final class FormFamilies implements WriteStep {

    private final String keyField;
    private final String fromField;

    FormFamilies(String keyField, String fromField) {
        this.keyField = keyField;
        this.fromField = fromField;
    }

    @Override
    public void write(Connection c, List<Row> rows, BatchContext ctx, BitSet changed) throws SQLException {
        Map<String, LocalDate> earliest = new HashMap<>();
        for (Row row : rows) {
            earliest.merge(row.text(keyField), row.date(fromField), (a, b) -> a.isBefore(b) ? a : b);
        }
        try (PreparedStatement family = c.prepareStatement("insert into family (id, created_on) values (?, ?)");
             PreparedStatement key = c.prepareStatement("insert into family_key (family_key, family_id) values (?, ?)");
             PreparedStatement backdate = c.prepareStatement("update family set created_on = ? where id = ? and created_on > ?")) {
            for (Map.Entry<String, LocalDate> e : earliest.entrySet()) {
                long id = ctx.familyId(e.getKey());
                if (ctx.isNewFamily(e.getKey())) {
                    family.setLong(1, id);
                    family.setObject(2, e.getValue());
                    family.addBatch();
                    key.setString(1, e.getKey());
                    key.setLong(2, id);
                    key.addBatch();
                } else {
                    backdate.setObject(1, e.getValue());
                    backdate.setLong(2, id);
                    backdate.setObject(3, e.getValue());
                    backdate.addBatch();
                }
            }
            family.executeBatch();
            key.executeBatch();
            backdate.executeBatch();
        }
        for (Row row : rows) {
            if (ctx.isNewFamily(row.text(keyField))) {
                changed.set(row.index());
            }
        }
    }
}
