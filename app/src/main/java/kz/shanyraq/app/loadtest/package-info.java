/**
 * The life-event load generator ({@code ./shanyraq load-events}): not part of the running server. It starts a
 * PostgreSQL and the server (the app jar, demo profile: synthetic country and demo users), sends a mix of life events
 * at a fixed rate over the REST API and measures throughput and event-to-offer latency from the database. See
 * BENCHMARKS.md.
 */
package kz.shanyraq.app.loadtest;
