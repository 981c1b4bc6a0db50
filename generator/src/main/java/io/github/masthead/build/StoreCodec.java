package io.github.masthead.build;

import io.github.masthead.Problem;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How the build cache's files write what they keep: texts as UTF-8 after their length, problems, and front-matter
 * values (the kinds safe YAML gives: text, numbers, booleans, lists and mappings of them). A length no post could
 * have, or an unknown kind, can only come from a damaged file and is refused with an {@link IOException}. Stateless.
 */
final class StoreCodec {

    /** Longer than any post Masthead reads: a longer length can only come from a damaged file. */
    private static final int MAX_STRING = 1 << 26;
    private static final int MAX_ITEMS = 1 << 20;
    /** The kinds of single values safe YAML gives, with the letter that marks each. */
    private static final Map<Class<?>, Character> SCALARS = Map.of(String.class, 's', Integer.class, 'i',
            Long.class, 'l', Double.class, 'd', Boolean.class, 'b', BigInteger.class, 'g');

    private StoreCodec() {
    }

    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        utf8(out, s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A text that many records repeat, such as a rule's name or a front-matter key: read as the one {@code String}
     * the JVM keeps for its value ({@link String#intern()}), so that a large archive's cache holds each such name once
     * rather than once for every post.
     */
    static String name(DataInputStream in) throws IOException {
        String s = string(in);
        return s == null ? null : s.intern();
    }

    /** Texts written by {@link #strings(DataOutputStream, List)} that are names ({@link #name}). */
    static List<String> names(DataInputStream in) throws IOException {
        int count = count(in);
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(name(in));
        }
        return list;
    }

    /** Writes the UTF-8 {@code bytes} of a text as {@link #string(DataOutputStream, String)} writes the text. */
    static void utf8(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        return utf8(in, length);
    }

    /** The text of the next {@code length} bytes, UTF-8. */
    static String utf8(DataInputStream in, int length) throws IOException {
        if (length > MAX_STRING) {
            throw new IOException("damaged: a string of " + length + " bytes");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("cut short");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    static void problem(DataOutputStream out, Problem problem) throws IOException {
        out.writeUTF(problem.severity().name());
        string(out, problem.file());
        out.writeInt(problem.line());
        string(out, problem.message());
    }

    static Problem problem(DataInputStream in) throws IOException {
        try {
            Problem.Severity severity = Problem.Severity.valueOf(in.readUTF());
            return new Problem(severity, string(in), in.readInt(), string(in));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("damaged: not a problem", e);
        }
    }

    /** Whether {@link #value(DataOutputStream, Object)} can keep {@code value} exactly, and all it holds. */
    static boolean canWrite(Object value) {
        if (value == null || SCALARS.containsKey(value.getClass())) {
            return true;
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(StoreCodec::canWrite);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(e -> canWrite(e.getKey()) && canWrite(e.getValue()));
        }
        return false;
    }

    /** Writes a front-matter value; see {@link #canWrite}. */
    static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte('n');
        } else if (SCALARS.containsKey(value.getClass())) {
            out.writeByte(SCALARS.get(value.getClass()));
            string(out, value.toString()); // each kind's text reads back as the same value
        } else if (value instanceof List<?> list) {
            out.writeByte('[');
            out.writeInt(list.size());
            for (Object item : list) {
                value(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte('{');
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                value(out, entry.getKey());
                value(out, entry.getValue());
            }
        } else {
            throw new IllegalArgumentException("not a front-matter value: " + value.getClass().getName());
        }
    }

    /**
     * Reads a front-matter value. Each text is passed through {@code texts}, which may give an equal text that is
     * already held; a mapping's keys are names, interned as {@link #name} does.
     */
    static Object value(DataInputStream in, UnaryOperator<String> texts) throws IOException {
        int kind = in.readByte();
        switch (kind) {
            case 'n': return null;
            case 's': return texts.apply(string(in));
            case 'i': return Integer.valueOf(string(in));
            case 'l': return Long.valueOf(string(in));
            case 'd': return Double.valueOf(string(in));
            case 'b': return Boolean.valueOf(string(in));
            case 'g': return new BigInteger(string(in));
            case '[': {
                int count = count(in);
                List<Object> list = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    list.add(value(in, texts));
                }
                return list;
            }
            case '{': {
                int count = count(in);
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    map.put(value(in, String::intern), value(in, texts));
                }
                return map;
            }
            default: throw new IOException("damaged: a value of unknown kind " + kind);
        }
    }

    static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ITEMS) {
            throw new IOException("damaged: a count of " + count);
        }
        return count;
    }
}
