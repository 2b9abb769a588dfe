/**
 * The family card: a family as of a date with its facts and what the law gives it, opened only by a user whose
 * role and territory allow it, for a declared purpose, with every read and every refusal in the audit trail.
 * The web UI and the REST API both go through here, so neither can skip the check or the audit.
 */
package kz.shanyraq.app.familycard;
