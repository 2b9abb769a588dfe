package kz.shanyraq.app.registry;

import java.time.YearMonth;

/** One income row of the registry: a member's income of one month, by type and the source system that reported it. */
public record MonthlyIncome(String memberId, YearMonth month, String type, String source, long amount) {
}
