package kz.shanyraq.law.measure;

/** How an entitlement is paid. */
public enum Payment {
    ONE_TIME,
    MONTHLY
}
