/**
 * The registry's "as of a date" reading rules, each written once: which of a person's dated registry rows count on
 * a day ({@link kz.shanyraq.law.asof.InForceOnDate}: memberships, residence status, disability, study, care, property),
 * employed on a day ({@link kz.shanyraq.law.asof.EmploymentOnDate}), the income months a reading gives the law
 * ({@link kz.shanyraq.law.asof.IncomeOfPeriod}) and the registry's code lists ({@link kz.shanyraq.law.asof.RegistryCodes}).
 *
 * <p>Every reader of the registry calls these: the server's one-family reader and its life-event wave reader (app),
 * the recompute's direct slice reader and its snapshot decoder (recompute). Dates are epoch days and months are
 * {@code year × 12 + month − 1} as in {@link kz.shanyraq.law.batch.Population}, so the hot decoder allocates nothing;
 * {@link java.time.LocalDate} overloads serve the SQL readers. Where a SQL reader must filter in the database (a
 * wave of 500 families), it takes the fragment from the same class ({@link kz.shanyraq.law.asof.InForceOnDate#sql}).
 */
package kz.shanyraq.law.asof;
