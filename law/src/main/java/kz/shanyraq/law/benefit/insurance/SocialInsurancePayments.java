package kz.shanyraq.law.benefit.insurance;

import kz.shanyraq.law.measure.Measure;

import java.util.List;

/** ГФСС social payments: loss of working capacity, loss of breadwinner, job loss, maternity, child care to 1.5. */
public final class SocialInsurancePayments {

    private SocialInsurancePayments() {
    }

    /** Every measure of this group, in the order they are reported. */
    public static List<Measure> all() {
        return List.of(new WorkCapacityLossPayment(), new BreadwinnerLossPayment(), new JobLossPayment(),
                new MaternityPayment(), new ChildcarePayment());
    }
}
