package io.github.masthead.render;

import io.github.masthead.config.Settings;
import io.github.masthead.content.Page;
import io.github.masthead.content.Post;
import io.github.masthead.content.SiteModel;
import io.github.masthead.content.Taxonomy;
import java.util.List;
import java.util.Map;

/**
 * The {@code site} variable of templates: configuration and the assembled content. Read-only.
 *
 * @param config the settings
 * @param model  the assembled site
 */
public record SiteView(Settings config, SiteModel model) {

    public String title() {
        return config.title();
    }

    public String description() {
        return config.description();
    }

    public String url() {
        return config.url();
    }

    public String baseurl() {
        return config.baseurl();
    }

    public String lang() {
        return config.lang();
    }

    /** Every {@code _config.yml} key, including ones Masthead does not know. */
    public Map<String, Object> params() {
        return config.params();
    }

    /** Every post, newest first. */
    public List<Post> posts() {
        return model.posts();
    }

    public List<Page> pages() {
        return model.pages();
    }

    public Map<String, Taxonomy> categories() {
        return model.categories();
    }

    public Map<String, Taxonomy> tags() {
        return model.tags();
    }

    /** The months with posts, newest first: {@code name} {@code 2025-11}, {@code slug} {@code 2025/11}, {@code posts}. */
    public List<Taxonomy> months() {
        return model.months();
    }
}
