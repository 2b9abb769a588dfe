package kz.shanyraq.ingest;

import kz.shanyraq.ingest.ImportResult.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportingSamplesTest extends RegistryDatabase {

    @Test
    void the_sample_batches_of_every_kind_load_into_the_registry() {
        importAllSamples(Format.CSV);

        assertThat(count("person")).isEqualTo(11);
        assertThat(count("family")).isEqualTo(3);
        assertThat(count("family_member")).isEqualTo(12);
        assertThat(count("income")).isEqualTo(11);
        assertThat(count("import_batch")).isEqualTo(SourceKind.values().length);
        assertThat(column("select min(id)::text from person")).containsExactly("1000000000001");
    }
}
