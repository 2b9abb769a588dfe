package kz.shanyraq.synth.country;

/** Residence status ({@code person_status.status}). */
public enum Status {
    CITIZEN("citizen"), KANDAS("kandas"), REFUGEE("refugee"), RESIDENT_FOREIGNER("resident-foreigner"),
    STATELESS("stateless");

    public final String code;

    Status(String code) {
        this.code = code;
    }
}
