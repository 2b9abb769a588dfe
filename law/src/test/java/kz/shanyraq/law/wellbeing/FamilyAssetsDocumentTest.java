package kz.shanyraq.law.wellbeing;

import kz.shanyraq.law.family.Family;
import kz.shanyraq.law.family.FamilyDocuments;
import kz.shanyraq.law.family.InvalidFamilyDocumentException;
import kz.shanyraq.law.family.RealEstate;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FamilyAssetsDocumentTest {

    private static final LocalDate ON = LocalDate.of(2025, 11, 1);

    private static String example() throws Exception {
        return Files.readString(Path.of("src/test/resources/families/example-family.json"));
    }

    private static String withAssets(String assets) throws Exception {
        String doc = example().strip();
        return doc.substring(0, doc.length() - 1) + ", \"assets\": " + assets + "}";
    }

    @Test
    void aDocumentWithoutAssetsStillReadsAsOwningNothingRecorded() throws Exception {
        Family f = FamilyDocuments.read("example", example(), ON);
        assertThat(f.assets().isEmpty()).isTrue();
    }

    @Test
    void propertyIsReadWithItsKinds() throws Exception {
        String member = FamilyDocuments.read("example", example(), ON).members().get(0).id();
        Family f = FamilyDocuments.read("with-assets", withAssets("""
                {"realEstate": [{"memberId": "%s", "kind": "dwelling", "areaM2": 54.3, "from": "2015-03-01"}],
                 "vehicles": [{"memberId": "%s", "kind": "car", "madeYear": 2019}],
                 "landPlots": [{"memberId": "%s", "hectares": 0.12, "purpose": "household"}],
                 "livestock": [{"memberId": "%s", "species": "sheep", "head": 12, "asOf": "2025-01-01"}]}
                """.formatted(member, member, member, member)), ON);
        assertThat(f.assets().realEstate()).singleElement().extracting(RealEstate::kind)
                .isEqualTo(RealEstate.Kind.DWELLING);
        assertThat(f.assets().vehicles().get(0).madeYear()).isEqualTo(2019);
        assertThat(f.assets().livestock().get(0).head()).isEqualTo(12);
    }

    @Test
    void negativeCountsAndAreasAndUnknownOwnersAreRefusedWithTheFieldPath() throws Exception {
        String member = FamilyDocuments.read("example", example(), ON).members().get(0).id();
        assertThatThrownBy(() -> FamilyDocuments.read("bad", withAssets("""
                {"realEstate": [{"memberId": "%s", "kind": "dwelling", "areaM2": -5}],
                 "landPlots": [{"memberId": "%s", "hectares": 0, "purpose": "household"}],
                 "livestock": [{"memberId": "nobody", "species": "sheep", "head": -1, "asOf": "2025-01-01"}]}
                """.formatted(member, member)), ON))
                .isInstanceOf(InvalidFamilyDocumentException.class)
                .hasMessageContaining("/assets/realEstate/0/areaM2")
                .hasMessageContaining("/assets/landPlots/0/hectares")
                .hasMessageContaining("/assets/livestock/0/head")
                .hasMessageContaining("/assets/livestock/0/memberId");
    }
}
