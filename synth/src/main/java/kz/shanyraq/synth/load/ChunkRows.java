package kz.shanyraq.synth.load;

/** The rows of one chunk of families, one buffer per registry table. */
public final class ChunkRows {

    private static final RegistryTable[] TABLES = RegistryTable.values();

    public int chunk;
    public int families;
    private final RowBuffer[] buffers = new RowBuffer[TABLES.length];

    public ChunkRows(int chunk, int families, int persons) {
        this.chunk = chunk;
        this.families = families;
        for (RegistryTable t : TABLES) {
            int perPerson = switch (t) {
                case INCOME -> 260;
                case PERSON, FAMILY_MEMBER, PERSON_RELATION -> 60;
                case SOCIAL_CONTRIBUTION -> 30;
                default -> 12;
            };
            buffers[t.ordinal()] = new RowBuffer(persons * perPerson);
        }
    }

    /** Makes the buffers ready for another chunk (their memory is reused). */
    public ChunkRows reuse(int chunk, int families) {
        this.chunk = chunk;
        this.families = families;
        for (RowBuffer b : buffers) {
            b.clear();
        }
        return this;
    }

    public RowBuffer of(RegistryTable table) {
        return buffers[table.ordinal()];
    }

    public long rows() {
        long n = 0;
        for (RowBuffer b : buffers) {
            n += b.rows();
        }
        return n;
    }
}
