package io.github.masthead.clean.rules;

import io.github.masthead.frontmatter.SafeYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads rule packs from YAML: {@code name}, {@code description}, {@code match: {hosts, categories}},
 * {@code article_id} and {@code rules}. Thread-safe.
 */
public final class PackReader {

    private PackReader() {
    }

    /**
     * Reads the pack in {@code yaml}.
     *
     * @param origin the file, for messages
     * @throws RuleException naming the key at fault
     */
    public static RulePack read(String yaml, String origin) {
        Map<String, Object> map;
        try {
            map = SafeYaml.parseMapping(yaml, origin, 1);
        } catch (SafeYaml.YamlProblem e) {
            throw new RuleException("line " + e.line() + ": " + e.getMessage(), e);
        }
        Spec spec = new Spec(map, "");
        String name = spec.string("name");
        String description = spec.optString("description").orElse("");
        Spec match = spec.child("match");
        List<String> hosts = match.strings("hosts");
        List<String> categories = match.strings("categories");
        match.rejectUnknownKeys();
        Pattern articleId = spec.optPattern("article_id").orElse(null);
        List<Rule> rules = rules(spec.children("rules"));
        spec.rejectUnknownKeys();
        return new RulePack(name, description, hosts, categories, articleId, rules, origin);
    }

    /** Reads a list of rules, such as a site's own {@code clean.rules}. */
    public static List<Rule> rules(List<Spec> specs) {
        List<Rule> rules = new ArrayList<>();
        for (Spec s : specs) {
            rules.add(RuleKinds.read(s));
        }
        return rules;
    }
}
