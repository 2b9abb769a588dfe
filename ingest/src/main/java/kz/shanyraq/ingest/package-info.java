/**
 * Import of registry facts from source systems (civil registry, incomes, social insurance, property, disability…).
 *
 * <p>The API is {@link kz.shanyraq.ingest.Importer}: one batch of one {@link kz.shanyraq.ingest.SourceKind} in a
 * documented CSV or JSON format is validated in full, then applied in one transaction or refused with every error
 * ({@link kz.shanyraq.ingest.BatchRejectedException}); the same batch sent twice changes nothing. Formats:
 * {@code docs/registry/import-formats.md} and the JSON Schemas in {@code kz/shanyraq/ingest/schema/}.
 *
 * <p>{@code format}: the file formats (fields, types, checks) per source kind; {@code apply}: validation against the
 * registry and the writing; {@code regional}: the regional median per-capita income and official regional figures.
 * Plain Java and JDBC: no Spring, so the server, the command line and tests use the same code.
 */
package kz.shanyraq.ingest;
