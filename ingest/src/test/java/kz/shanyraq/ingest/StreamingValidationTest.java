package kz.shanyraq.ingest;

import kz.shanyraq.ingest.ImportError.Reason;
import kz.shanyraq.ingest.apply.Layouts;
import kz.shanyraq.ingest.format.Errors;
import kz.shanyraq.ingest.format.RecordReader;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A batch is checked as it streams in: a broken file of any size is refused with its first errors listed and every
 * error counted, and the reader never holds more of the file than it is reading.
 */
class StreamingValidationTest extends RegistryDatabase {

    private static final String HEADER = "iin,month,type,source,amount\n";
    /** An income with a negative amount: one error in every record. */
    private static final String NEGATIVE_INCOME = "860702310021,2024-01,wage,gcvp,-1\n";

    @Test
    void a_broken_file_of_tens_of_megabytes_is_refused_with_the_first_thousand_errors_listed_and_all_counted() {
        long records = 750_000;
        GeneratedBatch file = new GeneratedBatch(HEADER, NEGATIVE_INCOME, records);
        assertThat(file.length()).isGreaterThan(25_000_000L);
        Map<String, Long> before = rowCounts();

        BatchRejectedException refused = catchThrowableOfType(BatchRejectedException.class,
                () -> importer().importBatch(SourceKind.INCOMES, "huge-broken", Format.CSV, file));

        assertThat(refused.total()).as("one error a record, and one for the records past the limit")
                .isEqualTo(records + 1);
        assertThat(refused.errors()).hasSize(Errors.MAX_LISTED);
        assertThat(refused.errors().get(0)).satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("amount");
            assertThat(e.reason()).isEqualTo(Reason.NEGATIVE_AMOUNT);
        });
        assertThat(refused.errors().get(Errors.MAX_LISTED - 1).line()).isEqualTo(Errors.MAX_LISTED + 1);
        assertThat(file.bytesRead()).as("read to its end").isEqualTo(file.length());
        assertThat(rowCounts()).as("nothing written").isEqualTo(before);
    }

    @Test
    void a_batch_with_more_records_than_one_batch_may_have_is_refused_at_the_first_record_past_the_limit() {
        GeneratedBatch file = new GeneratedBatch(HEADER, "860702310021,2024-01,wage,gcvp,1000\n", 200_001);

        BatchRejectedException refused = catchThrowableOfType(BatchRejectedException.class,
                () -> importer().importBatch(SourceKind.INCOMES, "too-many", Format.CSV, file));

        assertThat(refused.total()).isEqualTo(1);
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(200_002);
            assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_RECORDS);
            assertThat(e.message().en()).contains("split it");
        });
    }

    @Test
    void each_record_reaches_validation_while_the_rest_of_the_file_is_still_unread() {
        GeneratedBatch file = new GeneratedBatch(HEADER, NEGATIVE_INCOME, 150_000);
        AtomicLong seen = new AtomicLong();
        AtomicLong furthestAhead = new AtomicLong();
        Errors errors = new Errors(Layouts.of(SourceKind.INCOMES).format());

        int read = RecordReader.stream(Format.CSV, file, Layouts.of(SourceKind.INCOMES).format(), errors, record -> {
            long ahead = file.bytesRead() - file.endOfRecord(seen.getAndIncrement());
            furthestAhead.accumulateAndGet(ahead, Math::max);
        });

        assertThat(read).isEqualTo(150_000);
        assertThat(furthestAhead.get()).as("bytes read beyond the record handed over")
                .isLessThan(64 * 1024).isLessThan(file.length() / 100);
    }

    @Test
    void a_json_batch_streams_record_by_record_too() {
        String record = "{\"iin\": \"860702310021\", \"month\": \"2024-01\", \"type\": \"wage\", \"source\": \"gcvp\", "
                + "\"amount\": -1},\n";
        GeneratedBatch file = new GeneratedBatch("[\n", record, 100_000);
        AtomicLong seen = new AtomicLong();
        AtomicLong furthestAhead = new AtomicLong();
        Errors errors = new Errors(Layouts.of(SourceKind.INCOMES).format());

        RecordReader.stream(Format.JSON, file, Layouts.of(SourceKind.INCOMES).format(), errors, r -> {
            long ahead = file.bytesRead() - file.endOfRecord(seen.getAndIncrement());
            furthestAhead.accumulateAndGet(ahead, Math::max);
        });

        assertThat(seen.get()).isEqualTo(100_000);
        assertThat(furthestAhead.get()).isLessThan(64 * 1024);
        assertThat(errors.total()).as("the array is never closed").isEqualTo(1);
    }
}
