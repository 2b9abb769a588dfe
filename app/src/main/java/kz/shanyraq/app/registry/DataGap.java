package kz.shanyraq.app.registry;

/**
 * Something the registry does not hold for the date, which the law's reading had to fill by a rule; shown to the
 * social worker so a gap is never mistaken for a fact.
 *
 * @param code e.g. {@code no-status}: no residence status on the date (the law then reads the person as a citizen)
 * @param memberId the person concerned, or {@code null} for the family
 * @param value the raw value concerned, if any (e.g. an income type the law does not know)
 */
public record DataGap(String code, String memberId, String value) {
}
