package kz.shanyraq.app.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * Published in the transaction that concludes a social contract: the members whose individual family plan holds an
 * active employment measure, so the career centre can put them on its list (the employment capability listens).
 *
 * @param personIds registry ids of the members with an employment measure in the plan
 */
public record SocialContractConcluded(long caseId, long contractId, LocalDate concludedOn, List<Long> personIds) {
}
