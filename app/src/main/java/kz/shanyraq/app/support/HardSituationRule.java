package kz.shanyraq.app.support;

import kz.shanyraq.law.explain.Text;

/** One row of {@code hard_situation_rule}: on which event, under which named condition, how urgent. */
public record HardSituationRule(String code, String eventKind, String condition, int deadlineDays, int priority,
                                boolean active, Text title) {
}
