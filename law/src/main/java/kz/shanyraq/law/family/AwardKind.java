package kz.shanyraq.law.family;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Awards that give the awarded mothers allowance. */
public enum AwardKind {
    /** «Күміс алқа» pendant. */
    @JsonProperty("kumis-alka") KUMIS_ALKA,
    /** «Алтын алқа» pendant. */
    @JsonProperty("altyn-alka") ALTYN_ALKA,
    /** Title «Мать-героиня» (awarded before). */
    @JsonProperty("mother-heroine") MOTHER_HEROINE,
    /** Order «Материнская слава» I degree. */
    @JsonProperty("maternal-glory-1") MATERNAL_GLORY_1,
    /** Order «Материнская слава» II degree. */
    @JsonProperty("maternal-glory-2") MATERNAL_GLORY_2
}
