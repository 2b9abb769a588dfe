/**
 * The columnar batch evaluator: a whole population held column-wise ({@link kz.shanyraq.law.batch.Population},
 * primitive arrays, dictionary-encoded strings) and evaluated for one date by
 * {@link kz.shanyraq.law.batch.BatchEvaluator}, every parameter resolved once, into a columnar
 * {@link kz.shanyraq.law.batch.BatchResult}. The rules are the measures' own: a test evaluates every family both
 * ways (this evaluator and {@link kz.shanyraq.law.evaluation.FamilyEvaluator}) and requires identical results.
 */
package kz.shanyraq.law.batch;
