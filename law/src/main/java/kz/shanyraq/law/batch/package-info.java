/**
 * The columnar batch evaluator: a whole population held column-wise ({@link kz.shanyraq.law.batch.Population},
 * primitive arrays, dictionary-encoded strings) and evaluated for one date by
 * {@link kz.shanyraq.law.batch.BatchEvaluator}, every parameter resolved once, into a columnar
 * {@link kz.shanyraq.law.batch.BatchResult}, with the well-being category (2025) and level (2023) of each family
 * and the category-6 refusal of local-budget measures. The rules are the measures' own where they can be: amounts
 * looked up from each measure's {@code calculate}, and for a measure that declares its conditions once
 * ({@link kz.shanyraq.law.batch.MeasureWithConditions}, {@link kz.shanyraq.law.batch.MemberConditions}) the very
 * declarations its {@code evaluate} explains, run by one generic kernel. Conditions still copied column-wise (the
 * measures not yet converted, docs/architecture.md) are guarded by tests that evaluate families both ways (this
 * evaluator and {@link kz.shanyraq.law.evaluation.FamilyEvaluator}) and require identical results.
 */
package kz.shanyraq.law.batch;
