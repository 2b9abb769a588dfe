package kz.shanyraq.law.explain;

import java.time.LocalDate;
import java.util.List;

/** A parameter value a result rests on, with its period in force and where it comes from. */
public record ParameterUse(
        String name,
        Text title,
        String key,
        String value,
        String unit,
        LocalDate from,
        LocalDate to,
        String status,
        String citation,
        List<String> sources,
        String definedAt) {
}
