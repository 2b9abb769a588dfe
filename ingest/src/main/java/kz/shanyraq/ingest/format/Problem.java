package kz.shanyraq.ingest.format;

import kz.shanyraq.ingest.ImportError.Reason;
import kz.shanyraq.law.explain.Text;

/** Why one value or record is not acceptable (before it is tied to a line and field). */
public record Problem(Reason reason, Text message) {

    public static Problem of(Reason reason, String ru, String kk, String en) {
        return new Problem(reason, Text.of(ru, kk, en));
    }
}
