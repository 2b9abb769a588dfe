package kz.shanyraq.app.analytics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes a generated document the same bytes each time: an XLSX (a zip) re-packed with fixed entry times, a PDF's
 * random file identifier replaced by one derived from its content. Dates inside the documents are set by their
 * makers to the report's own date.
 */
public final class Reproducible {

    /** 2000-01-01T00:00:00Z: the time written on every zip entry. */
    private static final long ENTRY_TIME = 946_684_800_000L;

    private Reproducible() {
    }

    /** An XLSX (or any zip) re-packed with fixed entry times: the same content gives the same bytes. */
    public static byte[] zip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(ENTRY_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern SUBSET = Pattern.compile("\\b([A-Z]{6})\\+(DejaVuSans(?:-Bold)?)");

    private static final Pattern PDF_ID = Pattern.compile("/ID ?\\[ ?<([0-9a-fA-F]+)> ?<([0-9a-fA-F]+)> ?\\]");

    /** The PDF with its /ID pair replaced (same length, so the cross-reference offsets stay right). */
    static byte[] pdf(byte[] pdf) {
        // A font subset's name starts with six random capitals (ABCDEF+DejaVuSans): fixed ones, per font.
        String text = SUBSET.matcher(new String(pdf, StandardCharsets.ISO_8859_1))
                .replaceAll(r -> "SHNRQ" + (char) ('A' + Math.floorMod(r.group(2).hashCode(), 26)) + "+" + r.group(2));
        Matcher m = PDF_ID.matcher(text);
        if (!m.find()) {
            return pdf;
        }
        String body = text.substring(0, m.start()) + text.substring(m.end());
        String id = hex(body, m.group(1).length());
        String replaced = text.substring(0, m.start(1)) + id + text.substring(m.end(1), m.start(2))
                + hex(id, m.group(2).length()) + text.substring(m.end(2));
        return replaced.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String hex(String of, int length) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(of.getBytes(StandardCharsets.ISO_8859_1));
            String h = HexFormat.of().formatHex(d);
            while (h.length() < length) {
                h = h + h;
            }
            return h.substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
