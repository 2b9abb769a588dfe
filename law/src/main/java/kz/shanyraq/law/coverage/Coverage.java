package kz.shanyraq.law.coverage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the registry's monthly sources cover: for each {@link RegistrySource} recorded, its {@link MonthSpan}. A source
 * not recorded is not tracked: its facts are taken as given (a family document, a registry loaded before coverage was
 * kept). {@link #GIVEN} tracks none: every fact the evaluation reads is the whole truth.
 */
public final class Coverage {

    /** Nothing tracked: a family document evaluated as it is given. */
    public static final Coverage GIVEN = new Coverage(new EnumMap<>(RegistrySource.class));

    private final Map<RegistrySource, MonthSpan> spans;

    private Coverage(EnumMap<RegistrySource, MonthSpan> spans) {
        this.spans = Collections.unmodifiableMap(spans);
    }

    public static Coverage of(Map<RegistrySource, MonthSpan> spans) {
        EnumMap<RegistrySource, MonthSpan> copy = new EnumMap<>(RegistrySource.class);
        copy.putAll(spans);
        return new Coverage(copy);
    }

    /** This coverage with one more source's span (replacing the one recorded). */
    public Coverage with(RegistrySource source, MonthSpan span) {
        EnumMap<RegistrySource, MonthSpan> copy = new EnumMap<>(RegistrySource.class);
        copy.putAll(spans);
        copy.put(source, span);
        return new Coverage(copy);
    }

    /** The months a tracked source covers; empty when the source is not tracked. */
    public Optional<MonthSpan> of(RegistrySource source) {
        return Optional.ofNullable(spans.get(source));
    }

    public Map<RegistrySource, MonthSpan> spans() {
        return spans;
    }

    /** "incomes 2026-07…2026-12, social-contributions 2026-07…2026-12", or "no source tracked". */
    public String describe() {
        if (spans.isEmpty()) {
            return "no source tracked";
        }
        StringBuilder s = new StringBuilder();
        spans.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k.code()).append(' ').append(v));
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Coverage c && c.spans.equals(spans);
    }

    @Override
    public int hashCode() {
        return spans.hashCode();
    }

    @Override
    public String toString() {
        return "Coverage[" + describe() + "]";
    }
}
