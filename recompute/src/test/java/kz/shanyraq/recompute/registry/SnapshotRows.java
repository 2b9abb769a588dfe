package kz.shanyraq.recompute.registry;

import kz.shanyraq.db.EmbeddedDatabase;
import kz.shanyraq.law.batch.Population;
import kz.shanyraq.law.batch.PopulationBuilder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The family snapshot's rows of a registry, saved to a file for {@code SnapshotDecodeCpuTime}: the first
 * {@code N} families by id, each as {@code long family_id, int length, bytes}, after an {@code int} format version:
 *
 * <pre>
 * java -cp bench/target/shanyraq-bench.jar kz.shanyraq.recompute.registry.SnapshotRows DATA_DIR OUT_FILE [N]
 * </pre>
 */
public final class SnapshotRows {

    final int format;
    final long[] ids;
    final byte[][] facts;

    private SnapshotRows(int format, long[] ids, byte[][] facts) {
        this.format = format;
        this.ids = ids;
        this.facts = facts;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SnapshotRows DATA_DIR OUT_FILE [FAMILIES]");
            System.exit(2);
        }
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0)) {
            int n = dump(db, Path.of(args[1]), limit);
            System.out.println("families=" + n + " file=" + args[1]);
        }
    }

    private static int dump(EmbeddedDatabase db, Path out, int limit) throws SQLException, IOException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
            int format;
            try (ResultSet rs = s.executeQuery("select format from family_snapshot_state where complete")) {
                if (!rs.next()) {
                    throw new IllegalStateException("the family snapshot is not built: run a recompute first");
                }
                format = rs.getInt(1);
            }
            o.writeInt(format);
            int n = 0;
            try (ResultSet rs = s.executeQuery("select family_id, facts from family_snapshot order by family_id limit "
                    + limit)) {
                while (rs.next()) {
                    byte[] b = rs.getBytes(2);
                    o.writeLong(rs.getLong(1));
                    o.writeInt(b.length);
                    o.write(b);
                    n++;
                }
            }
            return n;
        }
    }

    static SnapshotRows load(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int format = in.readInt();
            long[] ids = new long[1 << 16];
            byte[][] facts = new byte[1 << 16][];
            int n = 0;
            while (in.available() > 0) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                    facts = Arrays.copyOf(facts, n * 2);
                }
                ids[n] = in.readLong();
                facts[n] = new byte[in.readInt()];
                in.readFully(facts[n]);
                n++;
            }
            return new SnapshotRows(format, Arrays.copyOf(ids, n), Arrays.copyOf(facts, n));
        }
    }

    long bytes() {
        long sum = 0;
        for (byte[] f : facts) {
            sum += f.length;
        }
        return sum;
    }

    /** Decodes {@code n} families from {@code from} into a fresh builder, as a run's reader decodes a slice. */
    static Population decode(SnapshotRows d, FamilyFactsDecoder decoder, int from, int n) {
        if (d.format != FamilyFacts.VERSION) {
            throw new IllegalStateException("rows of snapshot format " + d.format + "; this decoder reads format "
                    + FamilyFacts.VERSION + " (dump them again after a run has rebuilt the snapshot)");
        }
        PopulationBuilder b = new PopulationBuilder().expect(n);
        decoder.into(b);
        for (int i = from; i < from + n; i++) {
            decoder.feed(d.ids[i], d.facts[i], 0, d.facts[i].length);
        }
        return b.build();
    }
}
