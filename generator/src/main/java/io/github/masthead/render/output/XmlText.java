package io.github.masthead.render.output;

/**
 * Keeps XML outputs well-formed whatever the articles hold: XML 1.0 allows no control characters but tab,
 * line feed and carriage return, no lone surrogates and no U+FFFE or U+FFFF, and a feed reader rejects a whole
 * feed for one of them. Stateless.
 */
final class XmlText {

    private XmlText() {
    }

    /** {@code text} without the characters XML 1.0 does not allow; {@code text} itself when it has none. */
    static String withoutIllegalChars(String text) {
        int first = firstIllegal(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        text.codePoints().skip(text.codePointCount(0, first)).filter(XmlText::isAllowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static int firstIllegal(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE) {
                continue; // by far the most common: no need to make a code point
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (!isAllowed(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAllowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
