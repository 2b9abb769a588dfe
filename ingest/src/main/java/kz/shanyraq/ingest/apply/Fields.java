package kz.shanyraq.ingest.apply;

import com.fasterxml.jackson.annotation.JsonProperty;
import kz.shanyraq.ingest.format.Field;
import kz.shanyraq.ingest.format.FieldType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The field types the formats share, so that an IIN, a period or an amount means the same in every kind. */
public final class Fields {

    private Fields() {
    }

    public static final FieldType IIN = new FieldType.IinValue();
    public static final FieldType BIN = new FieldType.BinValue();
    public static final FieldType DATE = new FieldType.DateValue();
    public static final FieldType MONTH = new FieldType.MonthValue();
    public static final FieldType QUARTER = new FieldType.QuarterValue();
    public static final FieldType FLAG = new FieldType.Flag();
    public static final FieldType REGION = new FieldType.RegionCode();
    public static final FieldType DISTRICT = new FieldType.DistrictId();
    /** Tenge, whole, never negative; up to a trillion (a sanity bound, not a legal one). */
    public static final FieldType TENGE = new FieldType.WholeNumber(0, 1_000_000_000_000L, true);
    /** The identifier a source system gives a family, contract, property, vehicle, plot or loan. */
    public static final FieldType REFERENCE = new FieldType.Label("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}",
            "identifier: 1–64 characters A–Z a–z 0–9 . _ : / -, starting with a letter or digit");
    /** A Kazakhstan mobile number as SMS gateways take it. */
    public static final FieldType PHONE = new FieldType.Label("\\+7[0-9]{10}", "phone: +7 and 10 digits");
    public static final FieldType SOURCE_SYSTEM = new FieldType.Label("[a-z0-9][a-z0-9-]{0,39}",
            "source-system code: 1–40 characters a–z 0–9 -, e.g. gcvp, kgd, enbek");

    public static FieldType whole(long min, long max) {
        return new FieldType.WholeNumber(min, max, false);
    }

    public static FieldType count(long max) {
        return new FieldType.WholeNumber(0, max, true);
    }

    public static FieldType positive(String max, int scale) {
        return new FieldType.DecimalNumber(BigDecimal.ZERO, false, new BigDecimal(max), scale);
    }

    public static FieldType text(int maxLength) {
        return new FieldType.FreeText(maxLength);
    }

    public static FieldType codes(String... codes) {
        return new FieldType.Code(List.of(codes));
    }

    /** The codes of one of the law's enums, as its family documents write them (their {@code @JsonProperty}). */
    public static FieldType codes(Class<? extends Enum<?>> lawEnum) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> constant : lawEnum.getEnumConstants()) {
            try {
                JsonProperty p = lawEnum.getField(constant.name()).getAnnotation(JsonProperty.class);
                codes.add(p != null ? p.value() : constant.name().toLowerCase().replace('_', '-'));
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return new FieldType.Code(List.copyOf(codes));
    }

    public static Field required(String name, FieldType type, String description) {
        return Field.required(name, type, description);
    }

    public static Field optional(String name, FieldType type, String description) {
        return Field.optional(name, type, description);
    }

    public static Field from() {
        return required("valid_from", DATE, "first day the fact holds");
    }

    public static Field to() {
        return optional("valid_to", DATE, "last day the fact holds (inclusive); empty while it still holds");
    }
}
