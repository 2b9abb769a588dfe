package kz.shanyraq.law.explain;

import java.time.LocalDate;
import java.util.List;

/**
 * A parameter value a result rests on, with its period in force and where it comes from: the source status, the
 * confidence shown to a consultant (primary / secondary / derived), for a derived value what it was derived from, and
 * for a value enacted with retroactive effect what was enacted when (the result follows the law as it now reads).
 */
public record ParameterUse(
        String name,
        Text title,
        String key,
        String value,
        String unit,
        LocalDate from,
        LocalDate to,
        String status,
        String confidence,
        String derivedFrom,
        String retroactive,
        String citation,
        List<String> sources,
        String definedAt) {
}
