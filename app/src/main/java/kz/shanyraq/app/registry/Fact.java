package kz.shanyraq.app.registry;

import java.time.LocalDate;
import java.util.Map;

/**
 * One fact the registry holds, for display over time: a disability, a study, an award, a loan…
 *
 * @param memberId the person's id ({@code null} for facts about the whole family: address, resettlement, …)
 * @param kind what the fact is, e.g. {@code disability}; user interfaces translate it
 * @param from first day the fact holds (or the day it happened)
 * @param to last day it holds; {@code null} if open or a one-day event
 * @param inForce whether it holds on the date the card is read for
 * @param details attributes in display order, e.g. {@code group=2}, {@code cause=general-illness}
 */
public record Fact(String memberId, String kind, LocalDate from, LocalDate to, boolean inForce,
                   Map<String, String> details) {

    public Fact {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }
}
