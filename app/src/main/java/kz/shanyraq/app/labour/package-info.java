/**
 * The labour-risk map (docs/labour-risk.md): enterprises by BIN scored for social tension and occupational safety
 * with the law's reference model, each score explained; scoring runs over every enterprise as of a day, published
 * atomically, with the enterprises that entered or left the high band; the monitoring list; the risk map of the 20
 * regions. Labour inspectors (their region, enterprise by enterprise) and analysts (aggregates only); every read of
 * an enterprise's card or list is logged. The API is this package; {@code internal} holds the JDBC side.
 */
package kz.shanyraq.app.labour;
