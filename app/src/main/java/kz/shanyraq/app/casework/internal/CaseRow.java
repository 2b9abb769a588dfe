package kz.shanyraq.app.casework.internal;

import kz.shanyraq.app.casework.CaseState;
import kz.shanyraq.app.registry.Territory;

import java.time.LocalDate;

/** One row of {@code aid_case}. */
public record CaseRow(long id, long familyId, long applicantId, LocalDate appliedOn, String channel, Long offerId,
                      Territory territory, CaseState state, String consultant, String account, String registeredBy,
                      LocalDate surveyDue, LocalDate decisionDue, LocalDate contractDue, int version) {
}
