package kz.bagalau.modeling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A multipart/form-data POST as Camunda Modeler's "Deploy" sends it: text fields ({@code deployment-name},
 * {@code deployment-source}) and files, with HTTP Basic.
 */
final class Multipart {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String boundary = "bagalau-" + UUID.randomUUID();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    Multipart file(String fileName, String content) {
        files.put(fileName, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    HttpResponse<String> post(int port, String path, String login, String password) {
        String token = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body())).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private byte[] body() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        files.forEach((name, content) -> {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        });
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
