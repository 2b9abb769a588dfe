/**
 * Where the registry lives: the embedded PostgreSQL kept in the data folder (default), or an external PostgreSQL
 * given by {@code spring.datasource.url} (production). Flyway brings either to the current schema at startup.
 */
package kz.shanyraq.app.database;
