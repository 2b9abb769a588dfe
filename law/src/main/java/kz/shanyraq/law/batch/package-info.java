/**
 * The columnar batch evaluator: a whole population held column-wise ({@link kz.shanyraq.law.batch.Population},
 * primitive arrays, dictionary-encoded strings) and evaluated for one date by
 * {@link kz.shanyraq.law.batch.BatchEvaluator}, every parameter resolved once, into a columnar
 * {@link kz.shanyraq.law.batch.BatchResult}, with the well-being category (2025) and level (2023) of each family
 * and the category-6 refusal of local-budget measures. The rules are the measures' own where they can be (amounts
 * looked up from each measure's {@code calculate}); conditions copied column-wise are guarded by a test that
 * evaluates every family both ways (this evaluator and {@link kz.shanyraq.law.evaluation.FamilyEvaluator}) and requires identical results.
 */
package kz.shanyraq.law.batch;
