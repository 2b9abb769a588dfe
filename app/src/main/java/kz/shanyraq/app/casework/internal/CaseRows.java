package kz.shanyraq.app.casework.internal;

import kz.shanyraq.app.casework.CaseNotFoundException;
import kz.shanyraq.app.casework.CaseRefusedException;
import kz.shanyraq.app.casework.CaseState;
import kz.shanyraq.app.casework.ConcurrentChangeException;
import kz.shanyraq.app.casework.Officer;
import kz.shanyraq.app.registry.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/** Reads a case row and moves it from one state to another, writing the history line in the same transaction. */
@Component
public class CaseRows {

    private final JdbcClient jdbc;

    CaseRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CaseRow load(long caseId) {
        return jdbc.sql("select * from aid_case where id = :id").param("id", caseId)
                .query((rs, n) -> new CaseRow(rs.getLong("id"), rs.getLong("family_id"), rs.getLong("applicant_id"),
                        rs.getObject("applied_on", java.time.LocalDate.class), rs.getString("channel"),
                        (Long) rs.getObject("offer_id"),
                        new Territory(rs.getString("region_code"), rs.getString("district_id")),
                        CaseState.byCode(rs.getString("state")), rs.getString("consultant"), rs.getString("account"),
                        rs.getString("registered_by"),
                        rs.getObject("survey_due", java.time.LocalDate.class),
                        rs.getObject("decision_due", java.time.LocalDate.class),
                        rs.getObject("contract_due", java.time.LocalDate.class), rs.getInt("version")))
                .optional().orElseThrow(() -> new CaseNotFoundException("no case " + caseId));
    }

    /** Refuses, naming what the case waits for, unless it is in one of the states. */
    public void requireState(CaseRow c, String step, CaseState... allowed) {
        if (!Arrays.asList(allowed).contains(c.state())) {
            throw new CaseRefusedException("invalid-transition", "Case " + c.id() + " is " + c.state().code()
                    + ": cannot " + step + " (allowed when " + String.join(" or ",
                    Arrays.stream(allowed).map(CaseState::code).toList()) + ")." + waitsFor(c.state()));
        }
    }

    private static String waitsFor(CaseState s) {
        return switch (s) {
            case REGISTERED -> " It waits for the district commission's survey and conclusion.";
            case SURVEYED -> " It waits for the consultant's decision.";
            case DECISION_PREPARED -> " It waits for the department officer to approve or return the decision.";
            case CONTRACT_PENDING -> " It waits for the social contract to be concluded.";
            case REFUSED -> " Assistance was refused; the family may appeal.";
            case TERMINATED -> " The social contract was terminated.";
            default -> "";
        };
    }

    /** Moves the case (optimistic: the state and version it was read in), with a history line. */
    public void move(CaseRow c, CaseState to, Officer officer, String action, String norm, String note) {
        int n = jdbc.sql("update aid_case set state = :to, version = version + 1 where id = :id and version = :v")
                .param("to", to.code()).param("id", c.id()).param("v", c.version()).update();
        if (n == 0) {
            throw new ConcurrentChangeException("Case " + c.id() + " was changed by someone else meanwhile; "
                    + "reload it and try again.");
        }
        history(c.id(), officer.name(), action, c.state(), to, norm, note);
    }

    /** A history line without a change of state. */
    public void note(CaseRow c, Officer officer, String action, String norm, String note) {
        history(c.id(), officer.name(), action, c.state(), c.state(), norm, note);
    }

    public void history(long caseId, String actor, String action, CaseState from, CaseState to, String norm,
                        String note) {
        jdbc.sql("""
                        insert into aid_case_history (case_id, actor, action, from_state, to_state, norm, note)
                        values (:c, :a, :action, :from, :to, :norm, :note)""")
                .param("c", caseId).param("a", actor).param("action", action)
                .param("from", from == null ? null : from.code()).param("to", to.code()).param("norm", norm)
                .param("note", note).update();
    }
}
