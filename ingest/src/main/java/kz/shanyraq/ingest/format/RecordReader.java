package kz.shanyraq.ingest.format;

import kz.shanyraq.ingest.Format;
import kz.shanyraq.ingest.ImportError.Reason;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a batch file into records, reporting what makes the file itself unreadable. */
public final class RecordReader {

    private RecordReader() {
    }

    public static List<SourceRecord> read(Format format, byte[] content, RecordFormat recordFormat, Errors errors) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            errors.add(0, "file", Problem.of(Reason.MALFORMED_FILE, "файл не в кодировке UTF-8", "файл UTF-8 кодтауында емес",
                    "the file is not UTF-8 text"));
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<SourceRecord> records = switch (format) {
            case CSV -> CsvRecords.read(text, recordFormat, errors);
            case JSON -> JsonRecords.read(text, recordFormat, errors);
        };
        if (records.isEmpty() && errors.isEmpty()) {
            errors.add(0, "file", Problem.of(Reason.EMPTY_BATCH, "в пакете нет ни одной записи", "пакетте бірде-бір жазба жоқ",
                    "the batch has no records"));
        }
        return records;
    }
}
