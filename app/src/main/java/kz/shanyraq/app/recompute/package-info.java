/**
 * The national recompute as the ministry sees it: the history of runs with live progress, the distribution of
 * families over the well-being categories per region and district (aggregates only, cut to the reader's territory,
 * small counts hidden), and a family's category on its card (the evaluation of the day, the published national
 * run, transitions across runs). Runs are written by the {@code recompute} module; this module only reads them.
 */
package kz.shanyraq.app.recompute;
