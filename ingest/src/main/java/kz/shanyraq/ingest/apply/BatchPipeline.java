package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.BatchRejectedException;
import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportError;
import kz.shanyraq.ingest.ImportFailedException;
import kz.shanyraq.ingest.ImportResult;
import kz.shanyraq.ingest.ImportResult.Outcome;
import kz.shanyraq.ingest.format.Errors;
import kz.shanyraq.ingest.format.Problem;
import kz.shanyraq.ingest.format.RecordReader;
import kz.shanyraq.ingest.coverage.RegistryCoverage;
import kz.shanyraq.law.coverage.RegistrySource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.ArrayList;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One batch, start to end: read, validate in full, then apply in one transaction, or refuse and write nothing.
 *
 * <p>Imports run one at a time (a transaction-level advisory lock): validation reads the registry and the writing
 * relies on what it read (who exists, which periods are taken), so two batches must not interleave. Imports are
 * operator jobs, not a hot path; the lock is released by commit or rollback, even if the process dies.
 */
public final class BatchPipeline {

    /** Arbitrary constant naming "registry import" among advisory locks. */
    private static final long IMPORT_LOCK = 0x5348_414E_5952_4151L;
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    private final DataSource dataSource;
    private final String importedBy;
    private final Clock clock;

    public BatchPipeline(DataSource dataSource, String importedBy, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ImportResult run(Layout layout, String batchId, Format format, InputStream content) {
        Objects.requireNonNull(layout, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        if (batchId == null || !BATCH_ID.matcher(batchId).matches()) {
            throw new BatchRejectedException(String.valueOf(batchId), List.of(new ImportError(0, "batch_id",
                    ImportError.Reason.INVALID_BATCH_ID, Problem.of(ImportError.Reason.INVALID_BATCH_ID,
                    "идентификатор пакета: 1–200 знаков A–Z a–z 0–9 . _ : -, начиная с буквы или цифры",
                    "пакет идентификаторы: 1–200 таңба A–Z a–z 0–9 . _ : -, әріптен немесе цифрдан басталады",
                    "batch id: 1–200 characters A–Z a–z 0–9 . _ : -, starting with a letter or digit").message())));
        }
        // Read and checked record by record as the file streams in (hashed on the way), before any connection is
        // taken: a slow upload holds none, and a huge file costs bounded memory (see Validation.Reading).
        MessageDigest digest = sha256();
        Errors errors = new Errors(layout.format());
        Validation.Reading reading = new Validation.Reading(layout, errors);
        DigestInputStream hashed = new DigestInputStream(content, digest);
        RecordReader.stream(format, hashed, layout.format(), errors, reading::add);
        try {
            // What a parser left unread (after a fatal error) still belongs to the batch's fingerprint.
            hashed.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read batch " + batchId, e);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ImportResult result = inTransaction(c, layout, batchId, reading, errors, sha256);
                c.commit();
                return result;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ImportFailedException("batch " + batchId + " not imported, nothing written: " + e.getMessage(), e);
        }
    }

    private ImportResult inTransaction(Connection c, Layout layout, String batchId, Validation.Reading reading,
                                       Errors errors, String sha256) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, IMPORT_LOCK);
            lock.execute();
        }
        Optional<BatchLedger.Entry> earlier = BatchLedger.find(c, batchId);
        if (earlier.isPresent()) {
            BatchLedger.Entry e = earlier.get();
            if (e.sha256().equals(sha256) && e.sourceKind().equals(layout.name())) {
                return new ImportResult(batchId, layout.name(), Outcome.ALREADY_IMPORTED, e.rows(), 0, e.rows(), 0, 0,
                        e.importedAt(), e.importedBy());
            }
            throw new BatchRejectedException(batchId, List.of(new ImportError(0, "batch_id", ImportError.Reason.BATCH_ID_REUSED,
                    Problem.of(ImportError.Reason.BATCH_ID_REUSED,
                            "пакет с этим идентификатором уже загружен " + e.importedAt().toLocalDate() + " с другим содержимым ("
                                    + e.sourceKind() + "); исправления присылайте новым пакетом",
                            "осы идентификаторы бар пакет " + e.importedAt().toLocalDate() + " басқа мазмұнмен жүктелген ("
                                    + e.sourceKind() + "); түзетулерді жаңа пакетпен жіберіңіз",
                            "a batch with this id was imported on " + e.importedAt().toLocalDate() + " with other content ("
                                    + e.sourceKind() + "); send corrections as a new batch").message())));
        }
        BatchContext ctx = new BatchContext(batchId, importedBy, LocalDate.now(clock));
        List<Row> rows = reading.rows();
        if (reading.complete()) {
            Validation.validate(layout, rows, ctx, c, errors);
        }
        if (!errors.isEmpty()) {
            throw new BatchRejectedException(batchId, errors.inFileOrder(), errors.total());
        }
        ctx.assignIds(c);
        BitSet changed = new BitSet(rows.size());
        for (WriteStep step : layout.writes()) {
            step.write(c, rows, ctx, changed);
        }
        recordCoverage(c, layout, rows);
        int changedRows = changed.cardinality();
        OffsetDateTime at = BatchLedger.record(c, batchId, layout.name(), sha256, rows.size(), changedRows, importedBy);
        return new ImportResult(batchId, layout.name(), Outcome.IMPORTED, rows.size(), changedRows, rows.size() - changedRows,
                ctx.newPersonCount(), ctx.newFamilyCount(), at, importedBy);
    }

    /**
     * A batch of a monthly source (incomes, social contributions) widens that source's coverage to its months, in
     * the batch's transaction: from then on a month without a row for a person means none, not unknown.
     */
    private static void recordCoverage(Connection c, Layout layout, List<Row> rows) throws SQLException {
        Optional<RegistrySource> source = RegistrySource.byCode(layout.name());
        if (source.isEmpty()) {
            return;
        }
        List<YearMonth> months = new ArrayList<>();
        for (Row r : rows) {
            months.add(YearMonth.from(r.date("month")));
        }
        RegistryCoverage.widen(c, source.get(), months);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
