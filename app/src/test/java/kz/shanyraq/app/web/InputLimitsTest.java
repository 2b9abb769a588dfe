package kz.shanyraq.app.web;

import kz.shanyraq.app.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bounded inputs: bodies too large (413), JSON too deep (422), error lists capped, and no Host header echoed. */
class InputLimitsTest extends ServerTest {

    static final String PASSWORD = "shanyraq-demo";

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void anEventLargerThanAnEventCanBeIsRefusedWith413BeforeItIsRead() throws Exception {
        String huge = "{\"sourceSystem\":\"test\",\"sourceId\":\"big\",\"kind\":\"birth-registered\",\"data\":{\"x\":\""
                + "a".repeat(300_000) + "\"}}";
        mvc.perform(post("/api/life-events").contentType("application/json").content(huge)
                        .with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.limit").value(256 * 1024));
    }

    @Test
    void aChunkedBodyWithoutALengthIsCutOffWith413OnceItPassesTheLimit() throws Exception {
        byte[] body = ("{\"sourceSystem\":\"test\",\"data\":{\"x\":\"" + "a".repeat(300_000) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/life-events"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("operator:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                // ofInputStream has no known length: the body goes chunked, without Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("Content too large");
    }

    @Test
    void aBodyNestedAHundredThousandDeepIsRefusedWith422OnEveryJsonEndpoint() throws Exception {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        mvc.perform(post("/api/life-events").contentType("application/json")
                        .content("{\"sourceSystem\":\"test\",\"data\":{\"x\":" + deep + "}}")
                        .with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("JSON beyond limits"));
        mvc.perform(post("/api/life-events/batches").param("batchId", "deep-1").contentType("application/json")
                        .content("[{\"sourceSystem\":\"test\",\"data\":{\"x\":" + deep + "}}]")
                        .with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/imports/persons").param("batchId", "deep-2").param("format", "json")
                        .contentType("application/json").content("[{\"iin\":" + deep + "}]")
                        .with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].reason").value("MALFORMED_FILE"));
    }

    @Test
    void aHugeInvalidCsvListsItsFirstThousandErrorsAndCountsThemAll() throws Exception {
        StringBuilder csv = new StringBuilder("iin,birth_date,sex,status,status_from,death_date,mother_iin,birth_order\n");
        int lines = 30_000;
        for (int i = 0; i < lines; i++) {
            csv.append("12345678901").append(i % 10).append(",not-a-date,Q,citizen,,,,\n");
        }
        long persons = jdbc.sql("select count(*) from person").query(Long.class).single();
        String body = mvc.perform(post("/api/imports/persons").param("batchId", "broken-1").param("format", "csv")
                        .contentType("text/csv").content(csv.toString()).with(httpBasic("operator", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errorsListed").value(1000))
                .andExpect(jsonPath("$.errors.length()").value(1000))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andReturn().getResponse().getContentAsString();
        long total = com.jayway.jsonpath.JsonPath.<Number>read(body, "$.errorCount").longValue();
        assertThat(total).isGreaterThanOrEqualTo(3L * lines);
        assertThat(body.length()).isLessThan(500_000);
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(persons);
    }

    @Test
    void aBrokenCsvOfTensOfMegabytesStreamedToTheServerIsAnswered422WithItsErrorsCappedAndNothingWritten()
            throws Exception {
        byte[] header = "iin,month,type,source,amount\n".getBytes(StandardCharsets.US_ASCII);
        byte[] record = "860702310021,2024-01,wage,gcvp,-1\n".getBytes(StandardCharsets.US_ASCII);
        long records = 900_000; // ≈ 30 MB, under the import body limit (64 MB)
        long length = header.length + records * record.length;
        // Made up as it is sent (chunked): neither this test nor the server's reader ever holds the whole file.
        java.io.InputStream generated = new java.io.InputStream() {
            long at;

            @Override
            public int read() {
                if (at >= length) {
                    return -1;
                }
                long p = at++;
                return p < header.length ? header[(int) p] : record[(int) ((p - header.length) % record.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                int c;
                while (n < len && (c = read()) >= 0) {
                    b[off + n++] = (byte) c;
                }
                return n == 0 && len > 0 ? -1 : n;
            }
        };
        long incomes = jdbc.sql("select count(*) from income").query(Long.class).single();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/imports/incomes?batchId=huge-stream-1&format=csv"))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("operator:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> generated)).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(com.jayway.jsonpath.JsonPath.<Number>read(response.body(), "$.errorCount").longValue())
                .as("one negative amount a record, and the records past the 200 000 a batch may have")
                .isEqualTo(records + 1);
        assertThat(com.jayway.jsonpath.JsonPath.<Number>read(response.body(), "$.errorsListed").intValue())
                .isEqualTo(1000);
        assertThat(response.body().length()).isLessThan(500_000);
        assertThat(jdbc.sql("select count(*) from income").query(Long.class).single()).isEqualTo(incomes);
    }

    @Test
    void theHostHeaderIsNeverWrittenIntoARedirectOrALink() throws Exception {
        mvc.perform(get("/families/1").header("Host", "evil.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", not(containsString("evil"))));
        mvc.perform(get("/login").header("Host", "evil.example"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(not(containsString("evil.example"))));
        mvc.perform(get("/v3/api-docs").header("Host", "evil.example"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servers[0].url").value("/"));

        // Through Tomcat too: a relative Location, whatever Host the client claims.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /families/1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String head = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(head).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("evil");
        }
    }
}
