package kz.shanyraq.synth.country;

import kz.shanyraq.synth.load.ChunkRows;
import kz.shanyraq.synth.load.RegistryTable;
import kz.shanyraq.synth.load.RowBuffer;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GenerationIsDeterministicTest {

    @Test
    void the_same_scale_and_seed_give_the_same_country_byte_for_byte_whatever_the_number_of_threads() throws Exception {
        SmallCountry oneThread = SmallCountry.generate(0.002, 7, 1);
        SmallCountry twoThreads = SmallCountry.generate(0.002, 7, 2);
        SmallCountry fourThreads = SmallCountry.generate(0.002, 7, 4);

        assertThat(digests(twoThreads.rows)).isEqualTo(digests(oneThread.rows));
        assertThat(digests(fourThreads.rows)).isEqualTo(digests(oneThread.rows));
        assertThat(firstPersons(twoThreads, 50)).isEqualTo(firstPersons(oneThread, 50));
    }

    @Test
    void another_seed_gives_another_country_of_about_the_same_size() throws Exception {
        SmallCountry seven = SmallCountry.generate(0.002, 7, 2);
        SmallCountry eight = SmallCountry.generate(0.002, 8, 2);

        assertThat(firstPersons(eight, 50)).isNotEqualTo(firstPersons(seven, 50));
        assertThat(digests(eight.rows).get("person")).isNotEqualTo(digests(seven.rows).get("person"));
        assertThat(eight.plan.families()).isEqualTo(seven.plan.families());
        assertThat((double) eight.persons().size()).isCloseTo(seven.persons().size(),
                org.assertj.core.data.Percentage.withPercentage(3));
    }

    private static List<String> firstPersons(SmallCountry country, int n) {
        return country.persons().stream().limit(n).map(r -> r.iin + " " + r.birth + " " + r.female + " "
                + (r.household == null ? "-" : r.household.region.code() + " " + r.role)).toList();
    }

    static Map<String, String> digests(List<ChunkRows> rows) throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        for (RegistryTable t : RegistryTable.values()) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            long count = 0;
            for (ChunkRows chunk : rows) {
                RowBuffer b = chunk.of(t);
                md.update(b.bytes(), 0, b.length());
                count += b.rows();
            }
            digests.put(t.table, count + " rows " + HexFormat.of().formatHex(md.digest()));
        }
        return digests;
    }
}
