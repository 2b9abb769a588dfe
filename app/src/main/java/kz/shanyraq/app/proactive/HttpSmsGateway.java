package kz.shanyraq.app.proactive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A real provider over HTTP: POSTs {@code {"reference","phone","language","text"}} as JSON to the configured URL and
 * takes the provider's message id from the response body (plain text or the whole body). Any status other than 2xx
 * leaves the message queued.
 */
class HttpSmsGateway implements SmsGateway {

    private final URI url;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpSmsGateway(String url, String token) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("shanyraq.proactive.gateway=http needs shanyraq.proactive.gateway-url");
        }
        this.url = URI.create(url);
        this.token = token;
    }

    @Override
    public String name() {
        return "http:" + url.getHost();
    }

    @Override
    public String send(OutgoingSms sms) throws Exception {
        String body = "{\"reference\":\"" + sms.reference() + "\",\"offer\":\"" + sms.offerId() + "\",\"phone\":\""
                + sms.phone() + "\",\"language\":\"" + sms.language() + "\",\"text\":" + quote(sms.text()) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("SMS provider answered " + response.statusCode());
        }
        String id = response.body().strip();
        return id.isEmpty() ? "http-" + sms.reference() : id.substring(0, Math.min(id.length(), 100));
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20) {
                out.append(String.format("\\u%04x", (int) ch));
            } else {
                out.append(ch);
            }
        }
        return out.append('"').toString();
    }
}
