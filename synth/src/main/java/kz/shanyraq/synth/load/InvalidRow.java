package kz.shanyraq.synth.load;

/** Rows the registry refuses (a check constraint fails), for the test that a failed load writes nothing. */
final class InvalidRow {

    private InvalidRow() {
    }

    static RowBuffer of(RegistryTable table) {
        RowBuffer b = new RowBuffer(64);
        switch (table) {
            case INCOME -> {
                long[] months = new long[12];
                java.util.Arrays.fill(months, RowBuffer.NULL_INT8);
                months[6] = -1;
                b.row(5).int8(1).int2(2026).text("wage").text("test").int8Array(months);
            }
            case LOAN -> b.row(6).int8(Long.MAX_VALUE).int8(1).text("consumer").int8(-1).date(java.time.LocalDate.of(2026, 1, 1)).nul();
            case PERSON -> b.row(7).int8(Long.MAX_VALUE).text("000000000000").date(java.time.LocalDate.of(2000, 1, 1))
                    .text("X").nul().nul().nul();
            default -> throw new IllegalArgumentException("no invalid row defined for " + table.table);
        }
        return b;
    }
}
