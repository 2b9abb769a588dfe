package kz.shanyraq.db;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/** For the command-line tools: Flyway and the embedded database log through java.util.logging, chatty by default. */
public final class ConsoleLogging {

    private ConsoleLogging() {
    }

    /** Only warnings and errors reach the console; progress and results are the command's own output. */
    public static void warningsOnly() {
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler h : root.getHandlers()) {
            h.setLevel(Level.WARNING);
        }
    }
}
