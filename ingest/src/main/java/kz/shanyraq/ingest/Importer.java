package kz.shanyraq.ingest;

import kz.shanyraq.ingest.apply.BatchPipeline;
import kz.shanyraq.ingest.apply.Layouts;

import javax.sql.DataSource;
import java.io.InputStream;
import java.time.Clock;

/**
 * Imports batches of registry facts from source systems.
 *
 * <p>A batch is one file of one {@link SourceKind} in one {@link Format}, named by the sender with a batch id.
 * It is validated in full (IINs and their check digits, IIN against birth date and sex, dates and periods, months,
 * amounts, codes, regions and districts, references to persons and families in the registry or in the batch,
 * duplicate keys, overlapping membership and address periods), then applied in one transaction. Any error refuses
 * the whole batch with every error found ({@link BatchRejectedException}) and nothing is written.
 *
 * <p>Idempotent: a batch id is recorded with the SHA-256 of its content; the same batch again is a no-op
 * ({@link ImportResult.Outcome#ALREADY_IMPORTED}), the same id with other content is refused. Records upsert on
 * their natural keys, so facts re-sent in a new batch do not duplicate and a corrected fact replaces the old one.
 */
public final class Importer {

    private final BatchPipeline pipeline;

    /** Imports on behalf of the operating-system user running the process. */
    public Importer(DataSource dataSource) {
        this(dataSource, System.getProperty("user.name", "unknown"), Clock.systemDefaultZone());
    }

    /**
     * @param importedBy who is importing (the operator's login), recorded with every batch
     * @param clock      what "today" is for checks like "a birth date is not in the future"
     */
    public Importer(DataSource dataSource, String importedBy, Clock clock) {
        this.pipeline = new BatchPipeline(dataSource, importedBy, clock);
    }

    /**
     * @param batchId the sender's id of the batch: 1–200 characters {@code A–Z a–z 0–9 . _ : -}
     * @param content the file; read to its end, not closed
     * @throws BatchRejectedException if anything in the batch is wrong (nothing written)
     * @throws ImportFailedException  if the database failed (nothing written)
     */
    public ImportResult importBatch(SourceKind kind, String batchId, Format format, InputStream content) {
        return pipeline.run(Layouts.of(kind), batchId, format, content);
    }
}
