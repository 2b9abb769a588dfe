package kz.shanyraq.app.web;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sources of the law's figures (ids such as {@code S28}) with their title, date and address, read from
 * {@code docs/law/sources.md} — the list {@code LawSourcesDocumentedTest} keeps complete — so the site lists the same
 * sources the documentation does.
 */
@Component
public class LawSources {

    /** One source: its id, title, date as written ("not recorded" when none) and address (null when none). */
    public record Source(String id, int number, String title, String date, String url) {
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private final Map<String, Source> byId;

    LawSources() {
        this.byId = read();
    }

    private static Map<String, Source> read() {
        try (InputStream in = LawSources.class.getResourceAsStream("sources.md")) {
            if (in == null) {
                throw new IllegalStateException("docs/law/sources.md is not on the classpath (see app/pom.xml)");
            }
            Map<String, Source> sources = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = ROW.matcher(line.strip());
                if (m.matches() && !sources.containsKey(m.group(1))) {
                    String url = m.group(4).strip();
                    String date = m.group(3).strip();
                    sources.put(m.group(1), new Source(m.group(1), sources.size() + 1, m.group(2).strip(),
                            date.equals("not recorded") ? null : date, url.startsWith("http") ? url : null));
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Source> all() {
        return List.copyOf(byId.values());
    }

    /** A source by id; a URL given directly as a source becomes a source of its own; null for an unknown id. */
    public Source of(String id) {
        if (id != null && id.startsWith("http")) {
            return new Source(id, 0, id, null, id);
        }
        return byId.get(id);
    }
}
