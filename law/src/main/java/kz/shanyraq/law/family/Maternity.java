package kz.shanyraq.law.family;

import java.time.LocalDate;

/**
 * Pregnancy and childbirth leave.
 *
 * @param days 126 (70 + 56) or 140 (70 + 70) for complicated births or two or more children
 */
public record Maternity(LocalDate leaveStartsOn, int days) {
}
