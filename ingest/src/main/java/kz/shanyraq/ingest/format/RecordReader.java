package kz.shanyraq.ingest.format;

import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportError.Reason;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a batch file record by record as it arrives, reporting what makes the file itself unreadable. Nothing but the
 * record being read is held: each record goes to the caller as soon as it is read, so a file of any size costs the
 * reader bounded memory (what the caller keeps is the caller's choice).
 */
public final class RecordReader {

    private RecordReader() {
    }

    /**
     * Reads the records of the file in order and hands each to {@code sink}.
     *
     * @return how many records were read
     */
    public static int stream(Format format, InputStream content, RecordFormat recordFormat, Errors errors,
                             Consumer<SourceRecord> sink) {
        int[] count = {0};
        Consumer<SourceRecord> counted = r -> {
            count[0]++;
            sink.accept(r);
        };
        // The caller's stream stays open (it is the caller's to close): the parsers close only this view of it.
        InputStream unclosed = new FilterInputStream(content) {
            @Override
            public void close() {
            }
        };
        try (PushbackReader text = new PushbackReader(new InputStreamReader(unclosed, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1)) {
            int first = text.read();
            if (first >= 0 && first != '\uFEFF') {
                text.unread(first);
            }
            switch (format) {
                case CSV -> CsvRecords.read(text, recordFormat, errors, counted);
                case JSON -> JsonRecords.read(text, recordFormat, errors, counted);
            }
        } catch (IOException e) {
            unreadable(errors, 0, "file", e, "file");
        }
        if (count[0] == 0 && errors.isEmpty()) {
            errors.add(0, "file", Problem.of(Reason.EMPTY_BATCH, "в пакете нет ни одной записи", "пакетте бірде-бір жазба жоқ",
                    "the batch has no records"));
        }
        return count[0];
    }

    /** A file that cannot be read further: not UTF-8 (named as such, wherever it shows), or broken CSV or JSON. */
    static void unreadable(Errors errors, int line, String field, Throwable e, String what) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                errors.add(0, "file", Problem.of(Reason.MALFORMED_FILE, "файл не в кодировке UTF-8",
                        "файл UTF-8 кодтауында емес", "the file is not UTF-8 text"));
                return;
            }
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String ru = what.equals("CSV") ? "CSV не читается: " : what.equals("JSON") ? "JSON не читается: " : "файл не читается: ";
        String kk = what.equals("CSV") ? "CSV оқылмайды: " : what.equals("JSON") ? "JSON оқылмайды: " : "файл оқылмайды: ";
        String en = what.equals("CSV") ? "unreadable CSV: " : what.equals("JSON") ? "unreadable JSON: " : "unreadable file: ";
        errors.add(line, field, Problem.of(Reason.MALFORMED_FILE, ru + detail, kk + detail, en + detail));
    }
}
