package kz.shanyraq.ingest.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The {@code import_batch} table: which batches were applied, with the hash of their content. */
final class BatchLedger {

    record Entry(String batchId, String sourceKind, String sha256, int rows, int changed, OffsetDateTime importedAt,
                 String importedBy) {
    }

    private BatchLedger() {
    }

    static Optional<Entry> find(Connection c, String batchId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select source_kind, sha256, rows, changed, imported_at, imported_by from import_batch where batch_id = ?")) {
            ps.setString(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(batchId, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6)));
            }
        }
    }

    static OffsetDateTime record(Connection c, String batchId, String sourceKind, String sha256, int rows, int changed,
                                 String importedBy) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into import_batch (batch_id, source_kind, sha256, rows, changed, imported_by)
                values (?, ?, ?, ?, ?, ?) returning imported_at""")) {
            ps.setString(1, batchId);
            ps.setString(2, sourceKind);
            ps.setString(3, sha256);
            ps.setInt(4, rows);
            ps.setInt(5, changed);
            ps.setString(6, importedBy);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, OffsetDateTime.class);
            }
        }
    }
}
