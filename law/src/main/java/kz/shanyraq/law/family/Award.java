package kz.shanyraq.law.family;

import java.time.LocalDate;

public record Award(AwardKind kind, LocalDate awardedOn) {
}
