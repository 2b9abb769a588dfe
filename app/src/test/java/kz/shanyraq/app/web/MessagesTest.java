package kz.shanyraq.app.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian, Kazakh and English have the same labels: no screen falls back to another language. */
class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryKey() throws IOException {
        Properties ru = bundle("messages.properties");
        assertThat(ru).hasSizeGreaterThan(200);
        for (String other : new String[]{"messages_ru.properties", "messages_kk.properties", "messages_en.properties"}) {
            assertThat(bundle(other).keySet()).as(other).isEqualTo(ru.keySet());
        }
    }
}
