package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.format.Errors;
import kz.shanyraq.ingest.format.Messages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Periods of one owner that must not overlap: a person belongs to one family at a time, a family lives at one
 * address at a time. Checked over the registry as it will be after the batch: a batch record replaces the registry
 * row with the same start (same natural key), and to move, a source closes the old period and opens the new one.
 */
final class NoOverlap implements BatchCheck {

    private final String ownerField;
    private final BiFunction<Row, BatchContext, Long> ownerId;
    private final String fromField;
    private final String toField;
    private final String table;
    private final String ownerColumn;

    /**
     * @param ownerId the owner's registry id, or {@code null} if the owner is new in this batch (no registry rows)
     */
    NoOverlap(String ownerField, BiFunction<Row, BatchContext, Long> ownerId, String fromField, String toField,
              String table, String ownerColumn) {
        this.ownerField = ownerField;
        this.ownerId = ownerId;
        this.fromField = fromField;
        this.toField = toField;
        this.table = table;
        this.ownerColumn = ownerColumn;
    }

    private record Period(LocalDate from, LocalDate to, Row row) {
        boolean overlaps(Period o) {
            return (to == null || !o.from.isAfter(to)) && (o.to == null || !from.isAfter(o.to));
        }
    }

    @Override
    public void check(List<Row> rows, BatchContext ctx, Connection c, Errors errors) throws SQLException {
        Map<String, List<Period>> batch = new HashMap<>();
        Map<Long, String> owners = new HashMap<>();
        for (Row row : rows) {
            if (!row.hasAll(ownerField, fromField)) {
                continue;
            }
            String owner = row.text(ownerField);
            batch.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Period(row.date(fromField), row.date(toField), row));
            Long id = ownerId.apply(row, ctx);
            if (id != null) {
                owners.put(id, owner);
            }
        }
        Map<String, List<Period>> registry = new HashMap<>();
        if (!owners.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("select " + ownerColumn + ", valid_from, valid_to from " + table
                    + " where " + ownerColumn + " = any(?)")) {
                ps.setArray(1, c.createArrayOf("bigint", owners.keySet().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        registry.computeIfAbsent(owners.get(rs.getLong(1)), k -> new ArrayList<>())
                                .add(new Period(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), null));
                    }
                }
            }
        }
        for (Map.Entry<String, List<Period>> e : batch.entrySet()) {
            List<Period> sent = e.getValue();
            List<Period> kept = registry.getOrDefault(e.getKey(), List.of()).stream()
                    .filter(old -> sent.stream().noneMatch(s -> s.from.equals(old.from))).toList();
            for (int i = 0; i < sent.size(); i++) {
                Period p = sent.get(i);
                for (Period old : kept) {
                    if (p.overlaps(old)) {
                        errors.add(p.row.source(), fromField, Messages.overlap(old.from, old.to, null));
                    }
                }
                for (int j = 0; j < i; j++) {
                    Period earlier = sent.get(j);
                    if (!earlier.from.equals(p.from) && p.overlaps(earlier)) {
                        errors.add(p.row.source(), fromField, Messages.overlap(earlier.from, earlier.to, earlier.row.source().line()));
                    }
                }
            }
        }
    }
}
