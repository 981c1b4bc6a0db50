package io.github.masthead.clean.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one rule from its YAML mapping: {@code name}, {@code kind}, optional {@code stage} and
 * {@code description}, and the keys of its kind. Every mistake is reported with the key's path. Thread-safe.
 */
public final class RuleKinds {

    /** Reads the keys of one kind into a rule. */
    @FunctionalInterface
    private interface Reader {
        Rule read(String name, Stage stage, Spec spec);
    }

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Map<String, Reader> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("remove", RemoveRule::read);
        KINDS.put("remove_block", RemoveBlockRule::read);
        KINDS.put("unwrap", UnwrapRule::read);
        KINDS.put("drop_attributes", DropAttributesRule::read);
        KINDS.put("strip_params", StripParamsRule::read);
        KINDS.put("rewrite_link", RewriteLinkRule::read);
        KINDS.put("remove_comments", RemoveCommentsRule::read);
        KINDS.put("remove_empty", RemoveEmptyRule::read);
        KINDS.put("promote_attribute", PromoteAttributeRule::read);
        KINDS.put("unwrap_proxy", UnwrapProxyRule::read);
        KINDS.put("title_block", TitleBlockRule::read);
        KINDS.put("duplicate_title", DuplicateTitleRule::read);
        KINDS.put("strip_text", StripTextRule::read);
        KINDS.put("cut_after_stray", CutAfterStrayEndTagRule::read);
        KINDS.put("remove_chars", RemoveCharsRule::read);
        KINDS.put("trim_breaks", TrimBreaksRule::read);
        KINDS.put("tidy_whitespace", TidyWhitespaceRule::read);
    }

    private RuleKinds() {
    }

    /** Reads the rule described by {@code spec}. */
    public static Rule read(Spec spec) {
        String name = spec.string("name");
        if (!NAME.matcher(name).matches()) {
            throw new RuleException(spec.at("name") + ": '" + name
                    + "' must be lower-case letters, digits and dashes, such as my-promo-box");
        }
        String kind = spec.string("kind");
        Reader reader = KINDS.get(kind);
        if (reader == null) {
            throw new RuleException(spec.at("kind") + ": unknown kind '" + kind + "'; use one of "
                    + String.join(", ", KINDS.keySet()));
        }
        Stage stage = stage(spec);
        spec.optString("description");
        Rule rule = reader.read(name, stage, spec);
        spec.rejectUnknownKeys();
        return rule;
    }

    /** The names of every kind, for documentation and messages. */
    public static java.util.Set<String> kinds() {
        return java.util.Collections.unmodifiableSet(KINDS.keySet());
    }

    /** Whether {@code rule} is of kind {@code unwrap_proxy}, which the {@code keep} image mode turns off. */
    public static boolean isProxyUnwrapper(Rule rule) {
        return rule instanceof UnwrapProxyRule;
    }

    private static Stage stage(Spec spec) {
        String value = spec.optString("stage").orElse("main");
        try {
            return Stage.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleException(spec.at("stage") + ": unknown stage '" + value
                    + "'; use early, main, tidy or final", e);
        }
    }
}
