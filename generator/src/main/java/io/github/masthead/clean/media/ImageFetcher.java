package io.github.masthead.clean.media;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads one image over HTTP with the limits of {@link ImageOptions}: a time limit for the whole download,
 * a size limit enforced while reading, accepted content types only, at most five redirects, and (unless
 * allowed) no loopback or private-network addresses. Thread-safe.
 */
final class ImageFetcher {

    private static final int MAX_REDIRECTS = 5;

    /** A downloaded image. */
    record Fetched(byte[] bytes, String type) {
    }

    /** Why an image was not downloaded. */
    static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        FetchException(String message) {
            super(message);
        }
    }

    private final ImageOptions options;
    private final HttpClient client;

    ImageFetcher(ImageOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder().connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Fetched fetch(String url) throws FetchException, InterruptedException {
        URI uri = toUri(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAddress(uri);
            HttpResponse<byte[]> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("location").isPresent()) {
                uri = uri.resolve(toUri(response.headers().firstValue("location").get()));
                continue;
            }
            if (status != 200) {
                throw new FetchException("HTTP status " + status);
            }
            String type = type(response);
            if (!options.types().contains(type)) {
                throw new FetchException("content type '" + type + "' is not an accepted image type");
            }
            return new Fetched(response.body(), type);
        }
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects");
    }

    private HttpResponse<byte[]> send(URI uri) throws FetchException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(options.timeout()).GET()
                .header("User-Agent", "Masthead (static site generator; image cache)")
                .header("Accept", "image/avif,image/webp,image/*;q=0.8").build();
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, info -> {
            long length = info.headers().firstValueAsLong("content-length").orElse(-1);
            if (info.statusCode() != 200 || length > options.maxBytes()) {
                return HttpResponse.BodySubscribers.replacing((byte[]) null);
            }
            return new LimitedBody(options.maxBytes());
        });
        try {
            HttpResponse<byte[]> response = call.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() == 200 && response.body() == null) {
                throw new FetchException("larger than " + options.maxBytes() + " bytes");
            }
            return response;
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new FetchException("no complete answer within " + options.timeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new FetchException(cause instanceof IOException && cause.getMessage() != null
                    ? cause.getMessage() : cause.toString());
        }
    }

    private void checkAddress(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FetchException("not an http(s) URL");
        }
        if (options.allowPrivate()) {
            return;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress()) {
                    throw new FetchException("its host " + uri.getHost() + " is a local or private address"
                            + " (set clean.image_proxy.allow_private to allow it)");
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new FetchException("unknown host " + uri.getHost());
        }
    }

    private static String type(HttpResponse<?> response) {
        String raw = response.headers().firstValue("content-type").orElse("");
        int semi = raw.indexOf(';');
        return (semi < 0 ? raw : raw.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** A {@link URI} for a URL as articles write them: spaces and non-ASCII characters get percent-encoded. */
    static URI toUri(String url) throws FetchException {
        StringBuilder out = new StringBuilder();
        for (byte b : url.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        try {
            return URI.create(out.toString());
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL");
        }
    }
}
