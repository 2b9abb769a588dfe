package kz.shanyraq.law.family;

import java.time.YearMonth;

/** Income of one month on which social contributions (СО) were paid to the ГФСС. */
public record Contribution(YearMonth month, long income) {
}
