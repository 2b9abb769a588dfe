package kz.shanyraq.spark;

import kz.shanyraq.recompute.registry.ColumnarSnapshot;
import kz.shanyraq.recompute.registry.RegistrySnapshot;
import kz.shanyraq.recompute.run.DistributedEngines;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One Spark task of an export: its family-id ranges read in the export's registry snapshot, as
 * {@link ColumnarSnapshot#read} gives the rows (the run's own reader), in id order.
 */
final class ExportPartition implements FlatMapFunction<Iterator<RegistrySnapshot.Range>, Row> {

    private final String snapshot;
    private final DistributedEngines.Registry registry;

    ExportPartition(String snapshot, DistributedEngines.Registry registry) {
        this.snapshot = snapshot;
        this.registry = registry;
    }

    @Override
    public Iterator<Row> call(Iterator<RegistrySnapshot.Range> ranges) throws Exception {
        List<Row> out = new ArrayList<>();
        if (!ranges.hasNext()) {
            return out.iterator();
        }
        try (Connection c = Connections.open(registry)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement s = c.createStatement()) {
                s.execute("set transaction snapshot '" + snapshot + "'");
            }
            while (ranges.hasNext()) {
                ColumnarSnapshot.read(c, ranges.next(), (id, facts) -> out.add(RowFactory.create(id, facts)));
            }
            c.rollback();
        }
        return out.iterator();
    }
}
