package kz.shanyraq.law.labour;

import java.util.ArrayList;
import java.util.List;

/**
 * How an accident at work is classified for the inspectorate's count: fatal (someone killed), severe (the worst
 * outcome a severe injury), group (two or more victims, whatever the outcome), light otherwise; and the sector groups
 * of seed 000's shares of the injured (mining and metallurgy 17.4 %, construction 10.3 %, oil and gas 5.6 %) by ОКЭД
 * division — our reading of those groups: mining and metallurgy 05, 07, 08, 24; oil and gas 06, 09, 19;
 * construction 41–43.
 */
public final class AccidentClasses {

    public static final List<String> SECTORS = List.of("mining-metallurgy", "construction", "oil-gas", "other");

    private AccidentClasses() {
    }

    public static List<String> of(String severity, int victims, int killed) {
        List<String> out = new ArrayList<>();
        if ("fatal".equals(severity) || killed > 0) {
            out.add("fatal");
        } else if ("severe".equals(severity)) {
            out.add("severe");
        } else {
            out.add("light");
        }
        if (victims >= 2) {
            out.add("group");
        }
        return out;
    }

    public static String sectorOf(String oked) {
        int division = Integer.parseInt(oked.substring(0, 2));
        return switch (division) {
            case 5, 7, 8, 24 -> "mining-metallurgy";
            case 6, 9, 19 -> "oil-gas";
            case 41, 42, 43 -> "construction";
            default -> "other";
        };
    }
}
