package kz.shanyraq.ingest;

import kz.shanyraq.law.explain.Text;

import java.time.OffsetDateTime;

/**
 * What an accepted batch did.
 *
 * @param sourceKind  the code of the source kind ({@code persons}, {@code incomes}, … or {@code regional-figures})
 * @param rows        records in the batch
 * @param changed     records that inserted or changed a registry row (0 when already imported)
 * @param unchanged   records the registry already held exactly so (re-sent facts)
 * @param newPersons  persons the batch added to the registry
 * @param newFamilies families the batch added to the registry
 * @param importedAt  when the batch was first applied
 * @param importedBy  who applied it first
 */
public record ImportResult(String batchId, String sourceKind, Outcome outcome, int rows, int changed, int unchanged,
                           int newPersons, int newFamilies, OffsetDateTime importedAt, String importedBy) {

    public enum Outcome {
        /** Applied now, in one transaction. */
        IMPORTED(Text.of("Пакет загружен", "Пакет жүктелді", "Batch imported")),
        /** The same batch (same id, same content) was applied before: nothing was done. */
        ALREADY_IMPORTED(Text.of("Пакет уже был загружен, ничего не изменено", "Пакет бұрын жүктелген, ештеңе өзгерген жоқ",
                "Batch already imported, nothing changed"));

        private final Text text;

        Outcome(Text text) {
            this.text = text;
        }

        public Text text() {
            return text;
        }
    }
}
