package kz.shanyraq.ingest.apply;

import kz.shanyraq.ingest.format.Field;
import kz.shanyraq.ingest.format.RecordFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything about one source kind: its file format, which fields refer to persons and families of the registry,
 * the checks beyond single values, and how its records are written.
 */
public final class Layout {

    private final RecordFormat format;
    private final List<String> personRefs;
    private final String statesPersons;
    private final List<String> familyRefs;
    private final String formsFamilies;
    private final List<RowCheck> checks;
    private final List<BatchCheck> batchChecks;
    private final List<WriteStep> writes;

    private Layout(Builder b) {
        this.format = new RecordFormat(b.name, b.title, b.source, b.fields, b.key);
        this.personRefs = List.copyOf(b.personRefs);
        this.statesPersons = b.statesPersons;
        this.familyRefs = List.copyOf(b.familyRefs);
        this.formsFamilies = b.formsFamilies;
        this.checks = List.copyOf(b.checks);
        this.batchChecks = List.copyOf(b.batchChecks);
        this.writes = List.copyOf(b.writes);
        for (String f : personRefs) {
            format.field(f);
        }
        for (String f : familyRefs) {
            format.field(f);
        }
    }

    public static Builder named(String name, String title, String source) {
        return new Builder(name, title, source);
    }

    public RecordFormat format() {
        return format;
    }

    public String name() {
        return format.name();
    }

    /** Fields holding the IIN of a person who must exist (in the registry, or stated by this batch). */
    public List<String> personRefs() {
        return personRefs;
    }

    /** The field whose IIN this batch states (creates or corrects): the persons kind's {@code iin}; else null. */
    public String statesPersons() {
        return statesPersons;
    }

    public List<String> familyRefs() {
        return familyRefs;
    }

    /** The family key field of a kind that forms families (family members); else null. */
    public String formsFamilies() {
        return formsFamilies;
    }

    public List<RowCheck> checks() {
        return checks;
    }

    public List<BatchCheck> batchChecks() {
        return batchChecks;
    }

    public List<WriteStep> writes() {
        return writes;
    }

    public static final class Builder {
        private final String name;
        private final String title;
        private final String source;
        private final List<Field> fields = new ArrayList<>();
        private final List<String> key = new ArrayList<>();
        private final List<String> personRefs = new ArrayList<>();
        private String statesPersons;
        private final List<String> familyRefs = new ArrayList<>();
        private String formsFamilies;
        private final List<RowCheck> checks = new ArrayList<>();
        private final List<BatchCheck> batchChecks = new ArrayList<>();
        private final List<WriteStep> writes = new ArrayList<>();

        private Builder(String name, String title, String source) {
            this.name = name;
            this.title = title;
            this.source = source;
        }

        public Builder field(Field f) {
            fields.add(f);
            return this;
        }

        /** A field holding the IIN of a person who must already be known. */
        public Builder person(Field f) {
            fields.add(f);
            personRefs.add(f.name());
            return this;
        }

        public Builder statesPersons(Field f) {
            fields.add(f);
            statesPersons = f.name();
            return this;
        }

        public Builder family(Field f) {
            fields.add(f);
            familyRefs.add(f.name());
            return this;
        }

        public Builder formsFamilies(Field f) {
            fields.add(f);
            familyRefs.add(f.name());
            formsFamilies = f.name();
            return this;
        }

        public Builder key(String... names) {
            key.addAll(List.of(names));
            return this;
        }

        public Builder check(RowCheck c) {
            checks.add(c);
            return this;
        }

        public Builder check(BatchCheck c) {
            batchChecks.add(c);
            return this;
        }

        public Builder write(WriteStep w) {
            writes.add(w);
            return this;
        }

        public Layout build() {
            return new Layout(this);
        }
    }
}
