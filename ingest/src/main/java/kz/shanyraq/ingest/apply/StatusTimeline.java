package kz.shanyraq.ingest.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

/**
 * A person's residence status (citizen, kandas, …) as the civil registry states it "from" a day. The registry keeps
 * the history: the new status runs from that day until the next known change; the status in force before it ends
 * the day before. A status that merely confirms the one in force changes nothing.
 */
final class StatusTimeline implements WriteStep {

    private static final String UPSERT = """
            insert into person_status (person_id, status, valid_from, valid_to)
            select ?, ?, ?, (select min(s.valid_from) - 1 from person_status s where s.person_id = ? and s.valid_from > ?)
            where not exists (select 1 from person_status s where s.person_id = ? and s.status = ? and s.valid_from < ?
                              and (s.valid_to is null or s.valid_to >= ?))
            on conflict (person_id, valid_from) do update set status = excluded.status, valid_to = excluded.valid_to
            where (person_status.status, person_status.valid_to) is distinct from (excluded.status, excluded.valid_to)""";

    private static final String CLOSE_PREVIOUS = """
            update person_status set valid_to = ?::date - 1
            where person_id = ? and valid_from < ? and (valid_to is null or valid_to >= ?)
              and exists (select 1 from person_status s where s.person_id = ? and s.valid_from = ?)""";

    private final String iinField;
    private final String statusField;
    private final String fromField;
    private final String birthField;

    StatusTimeline(String iinField, String statusField, String fromField, String birthField) {
        this.iinField = iinField;
        this.statusField = statusField;
        this.fromField = fromField;
        this.birthField = birthField;
    }

    @Override
    public void write(Connection c, List<Row> rows, BatchContext ctx, BitSet changed) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(UPSERT); PreparedStatement close = c.prepareStatement(CLOSE_PREVIOUS)) {
            for (Row row : rows) {
                long person = ctx.personId(row.text(iinField));
                String status = row.text(statusField);
                LocalDate from = row.has(fromField) ? row.date(fromField) : row.date(birthField);
                Object[] u = {person, status, from, person, from, person, status, from, from};
                for (int i = 0; i < u.length; i++) {
                    upsert.setObject(i + 1, u[i]);
                }
                upsert.addBatch();
                Object[] k = {from, person, from, from, person, from};
                for (int i = 0; i < k.length; i++) {
                    close.setObject(i + 1, k[i]);
                }
                close.addBatch();
            }
            Upsert.mark(upsert.executeBatch(), rows, 0, changed);
            close.executeBatch();
        }
    }
}
