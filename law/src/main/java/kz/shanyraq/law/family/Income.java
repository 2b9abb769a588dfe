package kz.shanyraq.law.family;

import java.time.YearMonth;

/** Income of one member for one month, by type (amount in whole tenge, never negative). */
public record Income(String memberId, YearMonth month, IncomeType type, long amount) {
}
