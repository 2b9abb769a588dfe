package kz.shanyraq.app.lifeevents;

import kz.shanyraq.law.explain.Text;

/**
 * Why an event is refused: its position in the request (0-based), the field and the reason in three languages.
 *
 * @param field the top-level field ({@code iin}, {@code effectiveOn}) or {@code data.<name>}
 */
public record EventProblem(int index, String sourceId, String field, Text reason) {
}
