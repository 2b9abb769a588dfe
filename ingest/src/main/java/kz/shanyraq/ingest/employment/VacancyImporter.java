package kz.shanyraq.ingest.employment;

import kz.shanyraq.ingest.BatchRejectedException;
import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportError.Reason;
import kz.shanyraq.ingest.ImportFailedException;
import kz.shanyraq.ingest.ImportResult;
import kz.shanyraq.ingest.apply.BatchCheck;
import kz.shanyraq.ingest.apply.BatchPipeline;
import kz.shanyraq.ingest.apply.Layout;
import kz.shanyraq.ingest.apply.Row;
import kz.shanyraq.ingest.apply.Upsert;
import kz.shanyraq.ingest.apply.Value;
import kz.shanyraq.ingest.format.FieldType;
import kz.shanyraq.ingest.format.Problem;

import javax.sql.DataSource;
import java.io.InputStream;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import static kz.shanyraq.ingest.apply.Fields.BIN;
import static kz.shanyraq.ingest.apply.Fields.DATE;
import static kz.shanyraq.ingest.apply.Fields.DISTRICT;
import static kz.shanyraq.ingest.apply.Fields.FLAG;
import static kz.shanyraq.ingest.apply.Fields.REFERENCE;
import static kz.shanyraq.ingest.apply.Fields.REGION;
import static kz.shanyraq.ingest.apply.Fields.optional;
import static kz.shanyraq.ingest.apply.Fields.required;
import static kz.shanyraq.ingest.apply.Fields.text;
import static kz.shanyraq.ingest.apply.Fields.whole;

/**
 * Vacancies in a file as the national labour exchange publishes them (one row a vacancy, its number on the exchange
 * the natural key), through the registry's batch pipeline: validated in full (BIN check digits, occupation codes of
 * the classifier, regions and districts, wages, dates), applied in one transaction or refused with every error by
 * line and field and nothing written; idempotent by batch id; a re-sent vacancy updates it. Table of V70.
 */
public final class VacancyImporter {

    private static final FieldType OCCUPATION = new FieldType.Label("[0-9]{4}",
            "occupation code of the classifier (НКЗ), 4 digits, e.g. 7212");

    static final Layout VACANCIES = Layout.named("vacancies", "Vacancies of employers",
                    "National labour exchange (enbek.kz): vacancies published by employers")
            .field(required("source_ref", REFERENCE, "the vacancy's number on the labour exchange"))
            .field(required("employer_bin", BIN, "the employer's BIN"))
            .field(required("employer_name", text(300), "the employer's name"))
            .field(required("occupation_code", OCCUPATION, "occupation (НКЗ code)"))
            .field(required("title", text(300), "the position as the employer names it"))
            .field(optional("requirements", text(2000), "skills, education and experience asked"))
            .field(required("region_code", REGION, "region of the workplace"))
            .field(optional("district_id", DISTRICT, "district of the workplace; must be in the region"))
            .field(required("wage", whole(1, 100_000_000), "monthly wage offered, tenge"))
            .field(optional("quota_job", FLAG, "a job of the quota (persons with disability, released prisoners …)"))
            .field(optional("social_job", FLAG, "a social job (subsidised wage, active measure)"))
            .field(optional("places", whole(1, 10_000), "number of places, 1 when empty"))
            .field(required("opened_on", DATE, "day the vacancy was published"))
            .key("source_ref")
            .check(knownOccupations())
            .write(Upsert.into("vacancy")
                    .column("source_ref", Value.field("source_ref"))
                    .column("employer_bin", Value.field("employer_bin"))
                    .column("employer_name", Value.field("employer_name"))
                    .column("occupation_code", Value.field("occupation_code"))
                    .column("title", Value.field("title"))
                    .column("requirements", Value.fieldOrConstant("requirements", ""))
                    .column("region_code", Value.field("region_code"))
                    .column("district_id", Value.field("district_id"))
                    .column("wage", Value.field("wage"))
                    .column("quota_job", Value.fieldOrConstant("quota_job", false))
                    .column("social_job", Value.fieldOrConstant("social_job", false))
                    .column("places", Value.fieldOrConstant("places", 1L))
                    .column("opened_on", Value.field("opened_on"))
                    .column("created_by", Value.loadedBy())
                    .notCompared("created_by")
                    .onConflict("source_ref").onConflictWhere("source_ref is not null").build())
            .build();

    private final BatchPipeline pipeline;

    public VacancyImporter(DataSource dataSource, String importedBy, Clock clock) {
        this.pipeline = new BatchPipeline(dataSource, importedBy, clock);
    }

    /**
     * @throws BatchRejectedException if anything in the file is wrong (nothing written)
     * @throws ImportFailedException  if the database failed (nothing written)
     */
    public ImportResult importBatch(String batchId, Format format, InputStream content) {
        return pipeline.run(VACANCIES, batchId, format, content);
    }

    /** Every occupation code must be one of the classifier's (table occupation). */
    private static BatchCheck knownOccupations() {
        return (rows, ctx, c, errors) -> {
            Set<String> codes = new HashSet<>();
            for (Row row : rows) {
                if (row.has("occupation_code")) {
                    codes.add(row.text("occupation_code"));
                }
            }
            Set<String> known = new HashSet<>();
            if (!codes.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("select code from occupation where code = any(?)")) {
                    Array array = c.createArrayOf("text", codes.toArray());
                    ps.setArray(1, array);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            known.add(rs.getString(1));
                        }
                    }
                }
            }
            for (Row row : rows) {
                if (row.has("occupation_code") && !known.contains(row.text("occupation_code"))) {
                    errors.add(row.source(), "occupation_code", Problem.of(Reason.UNKNOWN_CODE,
                            "такого кода занятия нет в классификаторе", "мұндай кәсіп коды жіктеуіште жоқ",
                            "no such occupation code in the classifier"));
                }
            }
        };
    }
}
