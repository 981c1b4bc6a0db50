package io.github.masthead.clean.media;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Small, lenient URL operations on the strings found in article HTML. The input is kept byte for byte except
 * for the part an operation changes, so links never get re-encoded by accident. Stateless and thread-safe.
 */
public final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern CONTROLS_AROUND = Pattern.compile("^[\\x00-\\x20]+|[\\x00-\\x20]+$");
    private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern SCHEME_AND_WWW = Pattern.compile("(?i)^https?://(www\\.)?");
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");
    private static final Pattern HTTP = Pattern.compile("^https?://[^/?#\\s]+", Pattern.CASE_INSENSITIVE);

    private Urls() {
    }

    /** Whether {@code url} is an absolute http or https URL with a host. */
    public static boolean isHttp(String url) {
        return HTTP.matcher(url.strip()).find();
    }

    /**
     * Whether {@code url} has a scheme, such as {@code https:} or {@code mailto:}, read as browsers read it: C0
     * controls and spaces around it are ignored, and tabs and line breaks anywhere ({@code java&#9;script:}).
     */
    public static boolean hasScheme(String url) {
        String bare = TABS_AND_BREAKS.matcher(CONTROLS_AROUND.matcher(url).replaceAll("")).replaceAll("");
        return SCHEME.matcher(bare).find();
    }

    /** The lower-case host of an http(s) or protocol-relative URL, without a port; empty otherwise. */
    public static String host(String url) {
        String u = url.strip();
        int start;
        if (u.startsWith("//")) {
            start = 2;
        } else if (isHttp(u)) {
            start = u.indexOf("://") + 3;
        } else {
            return "";
        }
        int end = start;
        while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) {
            end++;
        }
        String authority = u.substring(start, end);
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
        int colon = hostPort.startsWith("[") ? hostPort.indexOf(']') + 1 : hostPort.indexOf(':');
        String host = colon > 0 ? hostPort.substring(0, colon) : hostPort;
        return host.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code host} is one of {@code domains} or below one ({@code www.dw.com} is below {@code dw.com}). */
    public static boolean hostIn(String host, List<String> domains) {
        for (String d : domains) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    /** {@code url} resolved against {@code base}, or empty when either cannot be read as a URL. */
    public static Optional<String> resolve(String base, String url) {
        if (base.isEmpty() || url.isBlank() || hasScheme(url.strip())) {
            return Optional.empty();
        }
        try {
            @SuppressWarnings("deprecation") // java.net.URL is the lenient resolver browsers resemble most
            URL resolved = new URL(new URL(base), url.strip());
            return Optional.of(resolved.toExternalForm());
        } catch (MalformedURLException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code url} without the query parameters whose (decoded) names {@code drop} accepts; the rest of the URL
     * is left exactly as it was. Returns {@code url} itself when nothing was dropped.
     */
    public static String withoutParams(String url, Predicate<String> drop) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        int hash = url.indexOf('#', q);
        String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        StringBuilder kept = new StringBuilder();
        boolean dropped = false;
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!pair.isEmpty() && drop.test(decode(name))) {
                dropped = true;
                continue;
            }
            if (!pair.isEmpty()) {
                if (!kept.isEmpty()) {
                    kept.append('&');
                }
                kept.append(pair);
            }
        }
        if (!dropped) {
            return url;
        }
        return url.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept) + fragment;
    }

    /** {@code url} reduced for comparison: decoded, without scheme, {@code www.}, fragment or trailing slash. */
    public static String comparable(String url) {
        String u = decode(url.strip());
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        u = TRAILING_SLASHES.matcher(SCHEME_AND_WWW.matcher(u).replaceFirst("")).replaceFirst("");
        return u.toLowerCase(Locale.ROOT);
    }

    /** Decodes {@code %XX} sequences (as UTF-8) and {@code +}; malformed sequences are kept. */
    public static String decode(String s) {
        return io.github.masthead.content.UrlPaths.decode(s.replace('+', ' '));
    }

    /** Percent-encodes everything but unreserved characters, for a URL placed in a query value. */
    public static String encodeComponent(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * One pattern for a list of names that may hold {@code *} wildcards, such as {@code utm_*} or
     * {@code data-*-click}; matching ignores case.
     */
    public static Pattern globs(List<String> globs) {
        StringBuilder regex = new StringBuilder();
        for (String glob : globs) {
            if (!regex.isEmpty()) {
                regex.append('|');
            }
            StringBuilder one = new StringBuilder();
            for (String part : glob.split("\\*", -1)) {
                if (!one.isEmpty() || glob.startsWith("*")) {
                    one.append(".*");
                }
                one.append(Pattern.quote(part));
            }
            regex.append(one);
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
