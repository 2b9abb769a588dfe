/**
 * Regional figures the law reads: the statistical subsistence minimum by region (БНС), the regional median
 * per-capita income and published regional poverty lines. They are data, not parameters: one value per region
 * and period, each with its provenance (official, operator, computed, synthetic), status and sources. Shipped
 * files are listed in {@code kz/shanyraq/law/regional/INDEX}; an operator adds files with
 * {@code --parameters DIR}. Reach them from the law of a day with {@code law.regional()}.
 */
package kz.shanyraq.law.region;
