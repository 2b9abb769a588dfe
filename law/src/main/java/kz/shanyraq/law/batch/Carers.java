package kz.shanyraq.law.batch;

/** Who cares for a child, column-wise, as {@code benefit.family.Carers}: a declared carer first, else the mother. */
final class Carers {

    private Carers() {
    }

    /** Global index of the carer of member {@code child} of the family starting at {@code first}, or -1. */
    static int of(Population p, int first, int last, int child) {
        int local = child - first;
        for (int m = first; m < last; m++) {
            if (m == child) {
                continue;
            }
            for (int c = p.careStart[m]; c < p.careStart[m + 1]; c++) {
                if (p.caresForLocal[c] == local) {
                    return m;
                }
            }
        }
        return p.motherLocal[child] >= 0 ? first + p.motherLocal[child] : -1;
    }
}
