package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small java.net.http client for the server tests. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(CLIENT, HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    /**
     * Sends one request on a connection of its own. Jetty may close a connection after refusing a request whose body
     * it did not read, and a shared client could then send the next request into the closed connection.
     */
    static HttpResponse<String> send(String method, String url, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return send(client, b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Sends a request without a body and with the given header names and values, alternating. */
    static HttpResponse<String> withHeaders(String method, String url, String... headers) {
        return send(CLIENT, HttpRequest.newBuilder(URI.create(url)).method(method,
                HttpRequest.BodyPublishers.noBody()).headers(headers));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder b) {
        HttpRequest request = b.timeout(Duration.ofSeconds(60)).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
