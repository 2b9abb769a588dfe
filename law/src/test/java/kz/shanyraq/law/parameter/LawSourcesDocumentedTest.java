package kz.shanyraq.law.parameter;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/law/sources.md lists every source id the shipped parameter files cite (a URL is its own reference). */
class LawSourcesDocumentedTest {

    @Test
    void every_source_id_cited_by_a_shipped_parameter_is_listed_in_docs_law_sources_md() throws IOException {
        String sources = Files.readString(Path.of("../docs/law/sources.md"), StandardCharsets.UTF_8);
        Set<String> missing = new TreeSet<>();
        Set<String> cited = new TreeSet<>();
        for (Parameter p : ParameterBook.standard().all()) {
            for (ParameterVersion v : p.versions()) {
                for (String s : v.reference().sources()) {
                    if (s.startsWith("http")) {
                        continue;
                    }
                    cited.add(s);
                    if (!sources.contains("| `" + s + "` |")) {
                        missing.add(s + " (" + p.name() + " " + v.from() + ")");
                    }
                }
            }
        }
        assertThat(cited).hasSizeGreaterThan(50);
        assertThat(missing).as("source ids cited but not listed in docs/law/sources.md").isEmpty();
    }
}
