package kz.shanyraq.ingest.labour;

import kz.shanyraq.ingest.apply.Layout;
import kz.shanyraq.ingest.format.RecordFormat;

import java.util.Arrays;
import java.util.Optional;

/**
 * The labour side's source kinds, one file format each (CSV and JSON). Load {@link #ENTERPRISES} first: every other
 * kind names enterprises by BIN and refuses a BIN the registry does not hold; violations and prescriptions name
 * an inspection, so load {@link #LABOUR_INSPECTIONS} before them.
 */
public enum EnterpriseSourceKind {
    ENTERPRISES(EnterpriseLayouts.ENTERPRISES),
    ENTERPRISE_STAFF(EnterpriseLayouts.STAFF_MONTHS),
    ENTERPRISE_CONTRIBUTIONS(EnterpriseLayouts.CONTRIBUTION_MONTHS),
    ACCIDENT_INSURANCE(EnterpriseLayouts.ACCIDENT_INSURANCE),
    WAGE_ARREARS(EnterpriseLayouts.WAGE_ARREARS),
    WORKPLACE_ACCIDENTS(EnterpriseLayouts.ACCIDENTS),
    LABOUR_INSPECTIONS(EnterpriseLayouts.INSPECTIONS),
    LABOUR_VIOLATIONS(EnterpriseLayouts.VIOLATIONS),
    LABOUR_PRESCRIPTIONS(EnterpriseLayouts.PRESCRIPTIONS),
    WORKER_COMPLAINTS(EnterpriseLayouts.COMPLAINTS),
    COLLECTIVE_AGREEMENTS(EnterpriseLayouts.COLLECTIVE_AGREEMENTS),
    TRADE_UNIONS(EnterpriseLayouts.TRADE_UNIONS),
    VISION_ZERO(EnterpriseLayouts.VISION_ZERO),
    INSOLVENCY(EnterpriseLayouts.INSOLVENCY),
    LABOUR_CONFLICTS(EnterpriseLayouts.CONFLICTS);

    private final Layout layout;

    EnterpriseSourceKind(Layout layout) {
        this.layout = layout;
    }

    public String code() {
        return layout.name();
    }

    public RecordFormat format() {
        return layout.format();
    }

    Layout layout() {
        return layout;
    }

    public static Optional<EnterpriseSourceKind> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
