package kz.shanyraq.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A batch file made up as it is read: a header, then the same record again and again. Nothing of it exists in memory
 * but one record, so a test can send a file of any size and see how far the reader has read.
 */
public final class GeneratedBatch extends InputStream {

    private final byte[] header;
    private final byte[] record;
    private final long records;
    private long position;

    /** @param record one record with its line end */
    public GeneratedBatch(String header, String record, long records) {
        this.header = header.getBytes(StandardCharsets.UTF_8);
        this.record = record.getBytes(StandardCharsets.UTF_8);
        this.records = records;
    }

    /** The whole file's length in bytes. */
    public long length() {
        return header.length + records * record.length;
    }

    /** Bytes handed out so far. */
    public long bytesRead() {
        return position;
    }

    @Override
    public int read() {
        return position >= length() ? -1 : at(position++) & 0xFF;
    }

    /** Where record {@code n} (0-based) ends in the file. */
    public long endOfRecord(long n) {
        return header.length + (n + 1) * record.length;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position >= length()) {
            return -1;
        }
        int n = 0;
        while (n < len && position < length()) {
            b[off + n++] = at(position++);
        }
        return n;
    }

    private byte at(long p) {
        return p < header.length ? header[(int) p] : record[(int) ((p - header.length) % record.length)];
    }
}
