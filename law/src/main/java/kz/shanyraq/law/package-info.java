/**
 * Benefit law as code. Pure Java: this module must never depend on Spring or Spark
 * (enforced by {@code LawModuleIsFrameworkFreeTest}).
 *
 * <ul>
 *   <li>{@code parameter}: legal parameters as dated data (МРП, ПМ, coefficients, rounding) loaded from YAML;</li>
 *   <li>{@code explain}: why a result is what it is, down to the norm and parameter values;</li>
 *   <li>{@code measure}: the common shape of a measure and its decisions;</li>
 *   <li>{@code family}: the family document the measures read;</li>
 *   <li>{@code benefit.*}, {@code assistance}: one small class per measure.</li>
 * </ul>
 */
package kz.shanyraq.law;
