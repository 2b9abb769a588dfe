package kz.shanyraq.law.family;

import java.time.LocalDate;
import java.util.List;

/**
 * The family lost a breadwinner (death, or declared missing / dead by a court).
 *
 * @param bothParentsLost the dependent children are orphans (both parents lost)
 * @param dependants member ids of the family members who were dependants of the deceased
 * @param deceasedInsurance the deceased's social-insurance record, for the ГФСС payment
 */
public record BreadwinnerLoss(LocalDate diedOn, String deceasedIin, boolean bothParentsLost,
                              List<String> dependants, SocialInsurance deceasedInsurance) {

    public BreadwinnerLoss {
        dependants = dependants == null ? List.of() : List.copyOf(dependants);
    }
}
