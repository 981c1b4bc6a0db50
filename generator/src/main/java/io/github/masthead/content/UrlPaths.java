package io.github.masthead.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of URL paths as Jekyll does it: links are encoded, files on disk carry the decoded name.
 */
public final class UrlPaths {

    private static final String SAFE = "-._~!$&'()*+,;=:@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPaths() {
    }

    /** Encodes every character that may not stand in a URL path. */
    public static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || SAFE.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** Decodes {@code %XX} sequences as UTF-8; malformed sequences are kept as they are. */
    public static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0) {
                bytes.write(hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * The file an URL is written to, relative to the output folder: decoded, with {@code index.html} for URLs
     * ending in {@code /}, and {@code outputExt} appended when the URL has no such ending.
     */
    public static String outputPath(String url, String outputExt) {
        String decoded = decode(url);
        String path = decoded.startsWith("/") ? decoded.substring(1) : decoded;
        if (path.isEmpty() || path.endsWith("/")) {
            return path + "index.html";
        }
        return path.endsWith(outputExt) ? path : path + outputExt;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
