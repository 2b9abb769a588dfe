package kz.shanyraq.ingest.regional;

import kz.shanyraq.ingest.BatchRejectedException;
import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportResult;
import kz.shanyraq.ingest.apply.BatchPipeline;
import kz.shanyraq.ingest.apply.Fields;
import kz.shanyraq.ingest.apply.Layout;
import kz.shanyraq.ingest.apply.Upsert;
import kz.shanyraq.ingest.apply.Value;
import kz.shanyraq.ingest.format.RecordFormat;

import javax.sql.DataSource;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;

import static kz.shanyraq.ingest.apply.Fields.optional;
import static kz.shanyraq.ingest.apply.Fields.required;

/**
 * An operator loads official regional figures (the ministry's median income, the statistical ПМ of the Bureau of
 * National Statistics). Same batch rules as registry imports: validated in full, all-or-nothing, idempotent. An
 * official figure takes precedence over a computed one ({@link RegionalFigures#effective}).
 */
public final class RegionalFigureImport {

    public static final String KIND = "regional-figures";

    static final Layout LAYOUT = Layout.named(KIND, "Official quarterly figures of the regions",
                    "Ministry of Labour and Social Protection; Bureau of National Statistics")
            .field(required("series", Fields.codes(Arrays.stream(RegionalSeries.values()).map(RegionalSeries::code)
                    .toArray(String[]::new)), "which figure"))
            .field(required("region_code", Fields.REGION, "region"))
            .field(required("period", Fields.QUARTER, "the quarter the figure is for"))
            .field(required("value", new kz.shanyraq.ingest.format.FieldType.DecimalNumber(java.math.BigDecimal.ZERO, true,
                    new java.math.BigDecimal("1000000000"), 2), "tenge per person a month"))
            .field(required("source", Fields.text(500), "the publication: act or bulletin, number, date, address"))
            .field(optional("note", Fields.text(500), "anything the operator wants kept with the figure"))
            .key("series", "region_code", "period")
            .write(Upsert.into("regional_figure")
                    .column("series", Value.field("series"))
                    .column("region_code", Value.field("region_code"))
                    .column("period", (row, ctx) -> row.get("period").toString())
                    .column("provenance", Value.constant(Provenance.OFFICIAL.code()))
                    .column("value", Value.field("value"))
                    .column("source", (row, ctx) -> row.has("note") ? row.text("source") + " — " + row.text("note") : row.text("source"))
                    .column("computed_at", (row, ctx) -> OffsetDateTime.now())
                    .column("computed_from", Value.loadedBy())
                    .notCompared("computed_at", "computed_from")
                    .onConflict("series", "region_code", "period", "provenance").build())
            .build();

    private final BatchPipeline pipeline;

    public RegionalFigureImport(DataSource dataSource, String importedBy) {
        this(dataSource, importedBy, Clock.systemDefaultZone());
    }

    public RegionalFigureImport(DataSource dataSource, String importedBy, Clock clock) {
        this.pipeline = new BatchPipeline(dataSource, importedBy, clock);
    }

    /**
     * @throws BatchRejectedException if any figure is wrong (nothing loaded)
     */
    public ImportResult importFigures(String batchId, Format format, InputStream content) {
        return pipeline.run(LAYOUT, batchId, format, content);
    }

    public static RecordFormat format() {
        return LAYOUT.format();
    }

    public static String schemaResource() {
        return "/kz/shanyraq/ingest/schema/" + KIND + ".schema.json";
    }
}
