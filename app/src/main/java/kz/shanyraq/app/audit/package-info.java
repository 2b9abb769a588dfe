/**
 * The audit trail of personal data: every read of a person's data (and every refusal) is written here with who
 * read it, whose data, when, for which declared purpose, and the outcome. The table is append-only.
 */
package kz.shanyraq.app.audit;
