package kz.shanyraq.ingest.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.List;

/** One part of applying a validated batch; marks the rows (by {@link Row#index()}) that changed the registry. */
@FunctionalInterface
public interface WriteStep {
    void write(Connection connection, List<Row> rows, BatchContext context, BitSet changed) throws SQLException;
}
