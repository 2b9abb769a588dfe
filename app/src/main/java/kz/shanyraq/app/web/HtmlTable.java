package kz.shanyraq.app.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table of a rendered page, read back from the page's HTML: its headings and rows exactly as the reader saw them
 * (territory cut, small cells hidden, words in the reader's language), so an export can never show more than the
 * page. The filter and the sorting are the same as the page's (see {@code static/js/tables.js}): a row is kept when
 * its text holds every word of the filter; a column sorts by number when its cells are numbers (grouped, with
 * {@code ₸} or {@code %}), by date when they are {@code dd.mm.yyyy}, otherwise by text.
 */
final class HtmlTable {

    private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*>(.*?)</tr>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL = Pattern.compile("<(t[hd])\\b([^>]*)>(.*?)</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern COLSPAN = Pattern.compile("colspan=\"(\\d+)\"");
    private static final Pattern UNSAID = Pattern.compile(
            "<(script|style|select|button|template|form)\\b.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_TAG = Pattern.compile("<(/?)table\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NESTED = Pattern.compile("<table\\b[^>]*>(?:(?!<table\\b).)*?</table>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMBER = Pattern.compile("^[−-]?\\d[\\d\\s]*(?:[.,]\\d+)?\\s*(?:₸|%)?$");
    private static final Pattern DAY = Pattern.compile("^(\\d{2})\\.(\\d{2})\\.(\\d{4})(.*)$");

    final List<String> headings;
    final List<List<String>> rows;

    private HtmlTable(List<String> headings, List<List<String>> rows) {
        this.headings = headings;
        this.rows = rows;
    }

    /** The table with this id in the page, if the page has it. */
    static Optional<HtmlTable> read(String html, String id) {
        Matcher open = Pattern.compile("<table\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>",
                Pattern.CASE_INSENSITIVE).matcher(html);
        if (!open.find()) {
            return Optional.empty();
        }
        String body = html.substring(open.end(), end(html, open.end()));
        String inner;
        do { // a table inside a cell (a run's details) is not the table's rows
            inner = body;
            body = NESTED.matcher(body).replaceAll(" ");
        } while (!inner.equals(body));
        int bodyStart = body.indexOf("<tbody");
        List<String> headings = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Matcher tr = ROW.matcher(body);
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher td = CELL.matcher(tr.group(1));
            boolean allHeadings = true;
            while (td.find()) {
                allHeadings &= td.group(1).equalsIgnoreCase("th");
                Matcher span = COLSPAN.matcher(td.group(2));
                int colspan = span.find() ? Integer.parseInt(span.group(1)) : 1;
                cells.add(text(td.group(3)));
                for (int i = 1; i < colspan; i++) {
                    cells.add("");
                }
            }
            boolean inHead = bodyStart < 0 ? allHeadings && rows.isEmpty() : tr.start() < bodyStart;
            if (inHead && allHeadings) {
                if (headings.isEmpty()) {
                    headings.addAll(cells);
                } else { // a second heading row: its words go under the first's
                    for (int i = 0; i < cells.size(); i++) {
                        if (i < headings.size()) {
                            headings.set(i, (headings.get(i) + " " + cells.get(i)).strip());
                        } else {
                            headings.add(cells.get(i));
                        }
                    }
                }
            } else if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return Optional.of(new HtmlTable(headings, rows));
    }

    /** Where the table opened before {@code from} ends, tables inside it counted. */
    private static int end(String html, int from) {
        Matcher tag = TABLE_TAG.matcher(html);
        tag.region(from, html.length());
        int depth = 1;
        while (tag.find()) {
            depth += tag.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return tag.start();
            }
        }
        return html.length();
    }

    /** The cell's words: markup, form controls and scripts left out, entities read, spaces joined. */
    static String text(String html) {
        String s = UNSAID.matcher(html).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("&nbsp;", " ").replace("&#160;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The rows holding every word of {@code filter} (case-insensitive), in the page's order. */
    HtmlTable filtered(String filter) {
        if (filter == null || filter.isBlank()) {
            return this;
        }
        List<String> words = Arrays.stream(filter.toLowerCase(Locale.ROOT).strip().split("\\s+")).toList();
        List<List<String>> kept = rows.stream()
                .filter(r -> {
                    String line = String.join(" ", r).toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(line::contains);
                }).toList();
        return new HtmlTable(headings, kept);
    }

    /** The rows sorted by column {@code column} (from 0), descending when asked; unknown columns keep the order. */
    HtmlTable sorted(int column, boolean descending) {
        if (column < 0 || column >= headings.size() && rows.stream().allMatch(r -> r.size() <= column)) {
            return this;
        }
        Comparator<List<String>> by = Comparator.comparing(r -> key(column < r.size() ? r.get(column) : ""));
        List<List<String>> out = new ArrayList<>(rows);
        out.sort(descending ? by.reversed() : by);
        return new HtmlTable(headings, out);
    }

    /** A cell as a sort key: numbers before dates before words, each in its own order. */
    static Key key(String cell) {
        Optional<BigDecimal> n = number(cell);
        if (n.isPresent()) {
            return new Key(0, n.get(), "");
        }
        Matcher d = DAY.matcher(cell);
        if (d.matches()) {
            return new Key(1, null, d.group(3) + d.group(2) + d.group(1) + d.group(4));
        }
        return new Key(2, null, cell.toLowerCase(Locale.ROOT));
    }

    /** A cell that is a number as the page says it ({@code 3 315 000 ₸}, {@code 51 436,93}, {@code 70 %}). */
    static Optional<BigDecimal> number(String cell) {
        String s = cell.strip();
        if (s.isEmpty() || !NUMBER.matcher(s).matches() || s.matches("\\d{10,}")) { // an IIN or a phone stays words
            return Optional.empty();
        }
        s = s.replace("₸", "").replace("%", "").replace('−', '-').replaceAll("\\s", "").replace(',', '.');
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    record Key(int kind, BigDecimal number, String text) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            if (kind != o.kind) {
                return Integer.compare(kind, o.kind);
            }
            return kind == 0 ? number.compareTo(o.number) : text.compareTo(o.text);
        }
    }

    /** The rows for the XLSX writer: numbers as numbers, the rest as the page's words. */
    List<List<Object>> values() {
        List<List<Object>> out = new ArrayList<>();
        for (List<String> r : rows) {
            List<Object> v = new ArrayList<>();
            for (String c : r) {
                v.add(number(c).<Object>map(b -> b).orElse(c));
            }
            out.add(v);
        }
        return out;
    }
}
