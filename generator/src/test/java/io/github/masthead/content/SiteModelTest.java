package io.github.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Neighbours and related posts, as the post pages get them. */
class SiteModelTest {

    private static final ZonedDateTime START = ZonedDateTime.of(2025, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

    private static Post post(String name, int hours, String source, String... tags) {
        return new Post("_posts/" + name + ".html", name, name, START.plusHours(hours), List.of(source),
                List.of(tags), "post", "", "", "/" + name + ".html", name + ".html", "", "", "", false, Map.of());
    }

    @Test
    void neighboursInTheWholeSiteAndWithinTheSource() {
        Post a = post("a", 0, "dw");
        Post b = post("b", 1, "bbc");
        Post c = post("c", 2, "dw");
        Post d = post("d", 3, "bbc");
        Post e = post("e", 4, "dw");
        SiteModel model = new SiteModel(List.of(c, a, e, b, d), List.of());

        assertThat(model.posts()).containsExactly(e, d, c, b, a);
        assertThat(model.previous(c)).contains(b);
        assertThat(model.next(c)).contains(d);
        assertThat(model.previousInSource(c)).as("older, same source").contains(a);
        assertThat(model.nextInSource(c)).as("newer, same source").contains(e);
        assertThat(model.previousInSource(a)).isEmpty();
        assertThat(model.nextInSource(e)).isEmpty();
        assertThat(model.nextInSource(b)).contains(d);
    }

    @Test
    void relatedPostsShareTheMostTagsThenAreNearestInTime() {
        Post subject = post("subject", 100, "dw", "port", "storm", "ferry");
        Post threeTags = post("three", 0, "bbc", "port", "storm", "ferry");
        Post twoTagsFar = post("two-far", 10, "dw", "storm", "ferry");
        Post twoTagsNear = post("two-near", 99, "dw", "port", "ferry");
        Post oneTagNear = post("one-near", 101, "cna", "storm");
        Post oneTagNearToo = post("one-near-too", 101, "cna", "port");
        Post unrelated = post("unrelated", 100, "dw", "election");
        SiteModel model = new SiteModel(List.of(subject, threeTags, twoTagsFar, twoTagsNear, oneTagNear,
                oneTagNearToo, unrelated), List.of());

        assertThat(model.related(subject, 5)).as("equals in tags and time in path order")
                .containsExactly(threeTags, twoTagsNear, twoTagsFar, oneTagNearToo, oneTagNear);
        assertThat(model.related(subject, 2)).containsExactly(threeTags, twoTagsNear);
        assertThat(model.related(unrelated, 5)).isEmpty();
        assertThat(model.related(post("not-in-site", 5, "dw", "port"), 5)).isEmpty();
    }

    @Test
    void onlyThePostsNearestInTimeUnderATagAreWeighed() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            posts.add(post("p" + i, i, "dw", "weather"));
        }
        Post middle = posts.get(500);
        SiteModel model = new SiteModel(posts, List.of());

        List<Post> related = model.related(middle, 1000);
        assertThat(related).hasSize(SiteModel.RELATED_WINDOW - 1).doesNotContain(middle)
                .as("a hundred newer, ninety-nine older").contains(posts.get(401), posts.get(600))
                .doesNotContain(posts.get(400), posts.get(601));
        assertThat(related.subList(0, 2)).containsExactlyInAnyOrder(posts.get(499), posts.get(501));
    }

    @Test
    void aModelBuiltOnTheLastOneGivesTheNewPostsInTheSamePlaces() {
        Post a = post("a", 0, "dw", "port");
        Post b = post("b", 1, "bbc", "port", "storm");
        Post c = post("c", 2, "dw", "storm");
        SiteModel first = new SiteModel(List.of(a, b, c), List.of());
        assertThat(first.related(c, 5)).containsExactly(b);
        Post edited = b.withBody("<p>Corrected.</p>", "Corrected.", "");

        SiteModel second = new SiteModel(List.of(a, edited, c), List.of(), first);

        assertThat(second.posts()).containsExactly(c, edited, a);
        assertThat(second.posts().get(1)).isSameAs(edited);
        assertThat(second.related(c, 5)).as("the edited post, not the one before").singleElement().isSameAs(edited);
        assertThat(second.related(a, 5)).singleElement().isSameAs(edited);
        assertThat(second.categories().get("bbc").posts()).singleElement().isSameAs(edited);
        assertThat(second.tags().get("storm").posts()).containsExactly(c, edited);
        assertThat(second.months()).singleElement().satisfies(month -> {
            assertThat(month.name()).isEqualTo("2025-03");
            assertThat(month.slug()).isEqualTo("2025/03");
            assertThat(month.posts()).containsExactly(c, edited, a);
        });
        assertThat(second.next(a)).containsSame(edited);
    }

    @Test
    void aModelBuiltOnTheLastOneArrangesAgainWhenATagOrDateChanged() {
        Post a = post("a", 0, "dw", "port");
        Post b = post("b", 1, "bbc", "port");
        Post c = post("c", 2, "dw", "storm");
        SiteModel first = new SiteModel(List.of(a, b, c), List.of());
        assertThat(first.related(a, 5)).containsExactly(b);

        Post retagged = post("b", 1, "bbc", "storm");
        SiteModel second = new SiteModel(List.of(a, retagged, c), List.of(), first);
        assertThat(second.related(a, 5)).isEmpty();
        assertThat(second.related(c, 5)).containsExactly(retagged);
        assertThat(second.tags().keySet()).containsExactly("port", "storm");
        assertThat(second.tags().get("storm").posts()).containsExactly(c, retagged);

        Post newest = post("a", 5, "dw", "port");
        SiteModel third = new SiteModel(List.of(newest, retagged, c), List.of(), second);
        assertThat(third.posts()).containsExactly(newest, c, retagged);
        assertThat(third.next(c)).containsSame(newest);

        SiteModel fewer = new SiteModel(List.of(newest, c), List.of(), third);
        assertThat(fewer.posts()).containsExactly(newest, c);
        assertThat(fewer.categories().keySet()).containsExactly("dw");
    }
}
