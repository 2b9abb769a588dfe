/**
 * The life-event load generator ({@code ./shanyraq load-events}): a tool of the bench module, not in the server jar (it was
 * {@code app.loadtest} until issue 14). It starts a
 * PostgreSQL and the server (the app jar, demo profile: synthetic country and demo users; it signs in as {@code --user}, default {@code operator},
 * with the demo password or {@code SHANYRAQ_LOAD_PASSWORD}), sends a mix of life events
 * at a fixed rate over the REST API and measures throughput and event-to-offer latency from the database. See
 * BENCHMARKS.md.
 */
package kz.shanyraq.bench.loadtest;
