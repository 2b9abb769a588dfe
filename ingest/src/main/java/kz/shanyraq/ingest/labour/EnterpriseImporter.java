package kz.shanyraq.ingest.labour;

import kz.shanyraq.ingest.BatchRejectedException;
import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportFailedException;
import kz.shanyraq.ingest.ImportResult;
import kz.shanyraq.ingest.apply.BatchPipeline;

import javax.sql.DataSource;
import java.io.InputStream;
import java.time.Clock;

/**
 * Imports batches of the labour side (enterprises by BIN and their facts over time) exactly as the family side's
 * {@link kz.shanyraq.ingest.Importer} does, through the same pipeline: validated in full (BINs and their check
 * digits, dates and periods, codes, regions and districts, BINs known to the enterprise registry, duplicate keys),
 * applied in one transaction or refused with every error and nothing written; idempotent by batch id and content
 * hash, records upserted on their natural keys.
 */
public final class EnterpriseImporter {

    private final BatchPipeline pipeline;

    public EnterpriseImporter(DataSource dataSource, String importedBy, Clock clock) {
        this.pipeline = new BatchPipeline(dataSource, importedBy, clock);
    }

    /**
     * @throws BatchRejectedException if anything in the batch is wrong (nothing written)
     * @throws ImportFailedException  if the database failed (nothing written)
     */
    public ImportResult importBatch(EnterpriseSourceKind kind, String batchId, Format format, InputStream content) {
        return pipeline.run(kind.layout(), batchId, format, content);
    }
}
