package io.github.masthead.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of URL paths as Jekyll does it: links are encoded, files on disk carry the decoded name.
 */
public final class UrlPaths {

    private static final String SAFE = "-._~!$&'()*+,;=:@/";
    private static final String URI_SAFE = SAFE + "?#[]";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlPaths() {
    }

    /** Encodes every character that may not stand in a URL path. */
    public static String encode(String path) {
        return encode(path, SAFE);
    }

    /**
     * A whole URL made valid, as Jekyll's {@code uri_escape} does: surrounding white space is dropped, and
     * spaces, non-ASCII characters and the other characters no URL may hold are percent-encoded, while
     * the URL's delimiters and its existing {@code %XX} escapes stay as they are.
     */
    public static String escapeUri(String url) {
        String stripped = url.strip();
        StringBuilder out = new StringBuilder(stripped.length() + 16);
        int i = 0;
        while (i < stripped.length()) {
            int cp = stripped.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean escaped = cp == '%' && i + 2 < stripped.length() && hex(stripped.charAt(i + 1)) >= 0
                    && hex(stripped.charAt(i + 2)) >= 0;
            out.append(escaped ? "%" : encode(stripped.substring(i, next), URI_SAFE));
            i = next;
        }
        return out.toString();
    }

    private static String encode(String text, String safe) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || safe.indexOf(c) >= 0)) {
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

    /** The longest file or folder name most file systems hold, in UTF-8 bytes. */
    public static final int MAX_NAME_BYTES = 255;
    private static final java.util.regex.Pattern DRIVE = java.util.regex.Pattern.compile("[A-Za-z]:");
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[/\\\\]");
    private static final java.util.Set<String> RESERVED = java.util.Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", ".git");

    /**
     * Why an output path is unsafe (it could leave the output folder, or no file system can hold it),
     * or empty when it is fine.
     */
    public static java.util.Optional<String> unsafe(String path) {
        if (path.isEmpty()) {
            return java.util.Optional.of("it is empty");
        }
        if (path.indexOf('\0') >= 0) {
            return java.util.Optional.of("it contains a NUL character");
        }
        if (path.startsWith("/") || path.startsWith("\\") || DRIVE.matcher(path).lookingAt()) {
            return java.util.Optional.of("it is absolute");
        }
        for (String segment : SEPARATORS.split(path)) {
            if (segment.equals("..") || segment.equals(".")) {
                return java.util.Optional.of("it contains '" + segment + "'");
            }
            int dot = segment.indexOf('.');
            String stem = dot >= 0 ? segment.substring(0, dot) : segment;
            if (reserved(stem) || reserved(segment)) {
                return java.util.Optional.of("'" + segment + "' is a reserved name");
            }
            // a char takes at most three bytes in UTF-8, so only a long name needs counting
            if (segment.length() * 3 > MAX_NAME_BYTES && segment.getBytes(StandardCharsets.UTF_8).length
                    > MAX_NAME_BYTES) {
                return java.util.Optional.of("a name in it is longer than " + MAX_NAME_BYTES + " bytes");
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether {@code name} is reserved, in any case; none is longer than four characters. */
    private static boolean reserved(String name) {
        return name.length() <= 4 && RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Shortens every name of a URL path that would be longer than {@link #MAX_NAME_BYTES} once written
     * (with {@code outputExt} added to the last one): the name is cut at a character boundary and ends
     * with a hash of the full name, so the result is short, stable and unique.
     *
     * @return the URL, unchanged when no name was too long
     */
    public static String shortenLongNames(String url, String outputExt) {
        String[] segments = url.split("/", -1);
        boolean changed = false;
        for (int i = 0; i < segments.length; i++) {
            String decoded = decode(segments[i]);
            boolean last = i == segments.length - 1;
            String ext = last && !decoded.endsWith(outputExt) ? outputExt : "";
            if ((decoded + ext).getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                String keepExt = last && decoded.endsWith(outputExt) ? outputExt : "";
                String stem = decoded.substring(0, decoded.length() - keepExt.length());
                String hash = Integer.toHexString(stem.hashCode() & 0x7fffffff);
                int budget = MAX_NAME_BYTES - 16 - (keepExt + ext).getBytes(StandardCharsets.UTF_8).length;
                StringBuilder cut = new StringBuilder();
                int bytes = 0;
                for (int cp : stem.codePoints().toArray()) {
                    int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                    if (bytes + n > budget) {
                        break;
                    }
                    cut.appendCodePoint(cp);
                    bytes += n;
                }
                segments[i] = encode(cut + "-" + hash + keepExt);
                changed = true;
            }
        }
        return changed ? String.join("/", segments) : url;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
