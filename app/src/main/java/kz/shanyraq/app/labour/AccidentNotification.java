package kz.shanyraq.app.labour;

import java.time.LocalDate;

/**
 * An employer's notification of an accident at work (HR Enbek → АИС «Охрана труда и безопасность»): the accident's
 * number, the employer's BIN, the day, the worst outcome, victims and killed, and the day it was notified.
 */
public record AccidentNotification(String accidentRef, String bin, LocalDate occurredOn, String severity, Integer victims,
                                   Integer killed, LocalDate notifiedOn) {
}
