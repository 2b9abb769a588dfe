/**
 * The Digital Family Map registry as the rest of the server reads it: a person by IIN, a family as of a date in the
 * law's own form ({@link kz.shanyraq.law.family.Family}), the family's facts over time and the territory it
 * belongs to. Reads only; loading the registry is the importer's and the generator's job.
 */
package kz.shanyraq.app.registry;
