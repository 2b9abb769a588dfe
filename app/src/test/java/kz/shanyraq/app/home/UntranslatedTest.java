package kz.shanyraq.app.home;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan for untranslated text finds what it should, and only that. */
class UntranslatedTest {

    @Test
    void a_missing_message_key_and_an_english_word_or_code_are_untranslated() {
        assertThat(Untranslated.in("Статус: ??member.status_kk?? CITIZEN (equal qualifies)", List.of()))
                .contains("??member.status_kk??")
                .anySatisfy(w -> assertThat(w).startsWith("CITIZEN "))
                .anySatisfy(w -> assertThat(w).startsWith("equal "))
                .anySatisfy(w -> assertThat(w).startsWith("qualifies "));
    }

    @Test
    void russian_and_kazakh_words_numbers_roman_numerals_and_allowed_abbreviations_are_not() {
        assertThat(Untranslated.in("Социальный кодекс № 224-VII, 46 783 ₸, отбасы, SMS, XLSX, KZ-59",
                List.of("SMS", "XLSX"))).isEmpty();
    }
}
