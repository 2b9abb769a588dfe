package kz.shanyraq.app.labour;

import kz.shanyraq.app.labour.internal.LabourAccessLog;
import kz.shanyraq.app.labour.internal.LabourRecords;
import kz.shanyraq.app.recompute.Distribution;
import kz.shanyraq.app.security.Role;
import kz.shanyraq.app.security.ShanyraqUser;
import kz.shanyraq.law.labour.AccidentClasses;
import kz.shanyraq.law.labour.Bin;
import kz.shanyraq.law.labour.Strikes;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wage arrears, accidents, collective agreements and conflicts: an inspector sees the enterprises of their region; an
 * analyst sees counts per region only, a count of 1–4 hidden with what derives from it (the analytics rule,
 * {@link Distribution#hidden}). Every read is in the labour access log.
 */
@Service
public class LabourFigures {

    /** A count as published to an analyst: null when hidden. */
    static Long cell(long n) {
        return Distribution.hidden(n) ? null : n;
    }

    /** Figures of one region or of the country: {@code enterprises} null (hidden) hides the sums that go with it. */
    public record RegionCount(String regionCode, Long enterprises, Long workers, Long amount) {
        static RegionCount of(String region, long enterprises, long workers, long amount) {
            boolean hide = Distribution.hidden(enterprises);
            return new RegionCount(region, hide ? null : enterprises, hide ? null : workers, hide ? null : amount);
        }
    }

    /**
     * Wage arrears on a day. {@code enterprises} lists them (inspector; empty for an analyst); totals split current
     * arrears from those at bankrupt and rehabilitating enterprises (seed 000: 971.6 M ₸ at 63 enterprises to 1 302
     * workers; 1 405.1 M ₸ at 57 to 1 502); {@code regions} per region for an analyst.
     */
    public record ArrearsView(String region, LocalDate day, List<LabourRecords.Arrears> enterprises, RegionCount current,
                              RegionCount insolvent, Long recovered, List<RegionCount> regions, List<RegionCount> insolventRegions) {
    }

    public record AccidentView(String region, LocalDate from, LocalDate to, List<AccidentRow> accidents,
                               Map<String, Long> classes, Long victims, Long killed, Map<String, Double> sectorShares,
                               Map<String, Double> seedShares) {
    }

    public record AccidentRow(LabourRecords.Accident accident, List<String> classes, String sector, String stage) {
    }

    /** Each source's count of a period, and the records (inspector). */
    public record SourceCount(String source, Long records, Long disputes, Long conflicts, Long protests, Long stoppages,
                              Long strikes) {
    }

    public record ConflictView(String region, LocalDate from, LocalDate to, List<ConflictRow> records,
                               List<SourceCount> sources, Long strikesEitherSource, String strikeRule,
                               Long agreementsInForce, Long workersCovered, List<LabourRecords.Agreement> agreements) {
    }

    public record ConflictRow(LabourRecords.Conflict conflict, boolean strike) {
    }

    private final LabourRecords records;
    private final LabourAccessLog log;

    LabourFigures(LabourRecords records, LabourAccessLog log) {
        this.records = records;
        this.log = log;
    }

    static boolean analyst(ShanyraqUser user) {
        return user.role() == Role.ANALYST;
    }

    private String scope(ShanyraqUser user, String action, String channel, LocalDate day) {
        String scope = LabourAccess.aggregateScope(user);
        log.record(user.getUsername(), user.role().code(), channel, action, null, scope, day, "granted", null);
        return scope;
    }

    public ArrearsView arrears(ShanyraqUser user, LocalDate day, String channel) {
        String region = scope(user, "wage-arrears", channel, day);
        List<LabourRecords.Arrears> all = records.arrears(region, day);
        List<LabourRecords.Arrears> owing = all.stream().filter(a -> a.amount() > 0).toList();
        long recovered = all.stream().mapToLong(LabourRecords.Arrears::recovered).sum();
        RegionCount current = sum(region, owing.stream().filter(a -> a.insolvency() == null).toList());
        RegionCount insolvent = sum(region, owing.stream().filter(a -> a.insolvency() != null).toList());
        if (analyst(user)) {
            List<RegionCount> regions = new ArrayList<>();
            List<RegionCount> insolventRegions = new ArrayList<>();
            for (Object[] r : records.regions()) {
                String code = (String) r[0];
                regions.add(sum(code, owing.stream().filter(a -> a.insolvency() == null && a.regionCode().equals(code)).toList()));
                insolventRegions.add(sum(code, owing.stream().filter(a -> a.insolvency() != null && a.regionCode().equals(code)).toList()));
            }
            return new ArrearsView(region, day, List.of(), current, insolvent,
                    Distribution.hidden(all.size()) ? null : recovered, regions, insolventRegions);
        }
        return new ArrearsView(region, day, all, raw(region, owing.stream().filter(a -> a.insolvency() == null).toList()),
                raw(region, owing.stream().filter(a -> a.insolvency() != null).toList()), recovered, List.of(), List.of());
    }

    private static RegionCount sum(String region, List<LabourRecords.Arrears> a) {
        return RegionCount.of(region, a.size(), a.stream().mapToLong(LabourRecords.Arrears::workers).sum(),
                a.stream().mapToLong(LabourRecords.Arrears::amount).sum());
    }

    private static RegionCount raw(String region, List<LabourRecords.Arrears> a) {
        return new RegionCount(region, (long) a.size(), a.stream().mapToLong(LabourRecords.Arrears::workers).sum(),
                a.stream().mapToLong(LabourRecords.Arrears::amount).sum());
    }

    public AccidentView accidents(ShanyraqUser user, LocalDate from, LocalDate to, String channel) {
        checkPeriod(from, to);
        String region = scope(user, "accidents", channel, to);
        List<AccidentRow> rows = new ArrayList<>();
        Map<String, Long> classes = new LinkedHashMap<>();
        for (String c : List.of("fatal", "severe", "light", "group")) {
            classes.put(c, 0L);
        }
        Map<String, Long> bySector = new LinkedHashMap<>();
        AccidentClasses.SECTORS.forEach(s -> bySector.put(s, 0L));
        long victims = 0;
        long killed = 0;
        for (LabourRecords.Accident a : records.accidents(region, from, to)) {
            List<String> cls = AccidentClasses.of(a.severity(), a.victims(), a.killed());
            cls.forEach(c -> classes.merge(c, 1L, Long::sum));
            String sector = AccidentClasses.sectorOf(a.oked());
            bySector.merge(sector, (long) a.victims(), Long::sum);
            victims += a.victims();
            killed += a.killed();
            String stage = a.actN1On() != null ? "act-n1" : a.commissionOn() != null ? "commission" : "notified";
            rows.add(new AccidentRow(a, cls, sector, stage));
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (var e : bySector.entrySet()) {
            shares.put(e.getKey(), victims == 0 || (analyst(user) && Distribution.hidden(e.getValue())) ? null
                    : 100.0 * e.getValue() / victims);
        }
        Map<String, Double> seed = new LinkedHashMap<>();
        seed.put("mining-metallurgy", 17.4);
        seed.put("construction", 10.3);
        seed.put("oil-gas", 5.6);
        if (analyst(user)) {
            Map<String, Long> shown = new LinkedHashMap<>();
            classes.forEach((k, v) -> shown.put(k, cell(v)));
            return new AccidentView(region, from, to, List.of(), shown, cell(victims), cell(killed), shares, seed);
        }
        return new AccidentView(region, from, to, rows, classes, victims, killed, shares, seed);
    }

    public ConflictView conflicts(ShanyraqUser user, LocalDate from, LocalDate to, String channel) {
        checkPeriod(from, to);
        String region = scope(user, "conflicts", channel, to);
        List<ConflictRow> rows = new ArrayList<>();
        Map<String, long[]> bySource = new LinkedHashMap<>();
        java.util.Set<String> strikeDays = new java.util.HashSet<>();
        for (LabourRecords.Conflict c : records.conflicts(region, from, to)) {
            boolean strike = Strikes.isStrike(c.kind(), c.stoppageHours(), c.startedOn());
            rows.add(new ConflictRow(c, strike));
            long[] n = bySource.computeIfAbsent(c.source(), s -> new long[6]);
            n[0]++;
            switch (c.kind()) {
                case "dispute" -> n[1]++;
                case "conflict" -> n[2]++;
                case "protest" -> n[3]++;
                default -> n[4]++;
            }
            if (strike) {
                n[5]++;
                strikeDays.add(c.bin() + "/" + c.startedOn());
            }
        }
        List<SourceCount> sources = new ArrayList<>();
        boolean hide = analyst(user);
        for (var e : bySource.entrySet()) {
            long[] n = e.getValue();
            sources.add(hide ? new SourceCount(e.getKey(), cell(n[0]), cell(n[1]), cell(n[2]), cell(n[3]), cell(n[4]), cell(n[5]))
                    : new SourceCount(e.getKey(), n[0], n[1], n[2], n[3], n[4], n[5]));
        }
        long[] agreements = records.agreementCounts(region, to).get(0);
        String rule = "stoppage ≥ " + Strikes.minStoppageHours(to).stripTrailingZeros().toPlainString() + " h ("
                + Strikes.PARAMETER + ")";
        if (hide) {
            return new ConflictView(region, from, to, List.of(), sources, cell(strikeDays.size()), rule,
                    cell(agreements[0]), Distribution.hidden(agreements[0]) ? null : agreements[1], List.of());
        }
        return new ConflictView(region, from, to, rows, sources, (long) strikeDays.size(), rule, agreements[0], agreements[1],
                records.agreements(region, to, 200));
    }

    /** Forms the investigation commission of an accident at an enterprise of the inspector's region. */
    public LabourRecords.Accident formCommission(ShanyraqUser user, String ref, LocalDate on, String chair,
                                                 List<String> members, LocalDate today, String channel) {
        LabourRecords.Accident a = accidentInScope(user, ref, channel);
        if (on == null || on.isBefore(a.occurredOn()) || on.isAfter(today)) {
            throw LabourRefusedException.invalid("formedOn", "between the accident and today");
        }
        if (chair == null || chair.isBlank() || chair.length() > 300) {
            throw LabourRefusedException.invalid("chair", "1–300 characters");
        }
        if (members == null || members.size() < 2 || members.stream().anyMatch(m -> m == null || m.isBlank() || m.length() > 300)) {
            throw LabourRefusedException.invalid("members", "at least two members, each 1–300 characters");
        }
        if (!records.formCommission(a.ref(), on, chair.strip(), members.stream().map(String::strip).toList(), user.getUsername())) {
            throw LabourRefusedException.invalid("accident", "the commission is already formed");
        }
        return records.accident(a.ref()).orElseThrow();
    }

    /** Records the Н-1 act of an investigation. */
    public LabourRecords.Accident recordActN1(ShanyraqUser user, String ref, LocalDate on, String number, String cause,
                                              Boolean employerAtFault, LocalDate today, String channel) {
        LabourRecords.Accident a = accidentInScope(user, ref, channel);
        if (a.chair() == null) {
            throw LabourRefusedException.invalid("accident", "form the investigation commission first");
        }
        if (on == null || on.isBefore(a.commissionOn()) || on.isAfter(today)) {
            throw LabourRefusedException.invalid("signedOn", "between the commission's forming and today");
        }
        if (number == null || !number.matches("[A-Za-zА-Яа-я0-9№./ -]{1,64}")) {
            throw LabourRefusedException.invalid("number", "the act's number, 1–64 characters");
        }
        if (cause == null || cause.isBlank() || cause.length() > 2000) {
            throw LabourRefusedException.invalid("cause", "1–2000 characters");
        }
        if (employerAtFault == null) {
            throw LabourRefusedException.invalid("employerAtFault", "true or false");
        }
        if (!records.recordActN1(a.ref(), on, number.strip(), cause.strip(), employerAtFault)) {
            throw LabourRefusedException.invalid("accident", "the Н-1 act is already recorded");
        }
        return records.accident(a.ref()).orElseThrow();
    }

    private LabourRecords.Accident accidentInScope(ShanyraqUser user, String ref, String channel) {
        LabourRecords.Accident a = records.accident(ref == null ? "" : ref).orElse(null);
        String region = a == null ? null : a.regionCode();
        try {
            LabourAccess.requireEnterpriseLevel(user, region);
        } catch (LabourRefusedException e) {
            log.record(user.getUsername(), user.role().code(), channel, "accident-investigation", a == null ? null : a.bin(),
                    region, null, "denied", e.reason());
            throw e;
        }
        if (a == null) {
            throw LabourRefusedException.notFound("no accident " + ref);
        }
        log.record(user.getUsername(), user.role().code(), channel, "accident-investigation", a.bin(), region, null, "granted", null);
        return a;
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw LabourRefusedException.invalid("from", "required");
        }
        if (to == null || to.isBefore(from) || to.isAfter(from.plusYears(3))) {
            throw LabourRefusedException.invalid("to", "on or after from, within 3 years");
        }
    }

    static void checkBin(String bin) {
        String p = Bin.problem(bin);
        if (p != null) {
            throw LabourRefusedException.invalid("bin", p);
        }
    }
}
