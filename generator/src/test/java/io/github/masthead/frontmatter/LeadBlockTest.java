package io.github.masthead.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LeadBlockTest {

    @Test
    void readsTimestampCommentAndHeadline() {
        String body = "<!--1677032225000-->\n[Harbour reopens (again)](https://news.example/zh/a-1?x=1)\n------\n\n<p>Text</p>";
        LeadBlock lead = LeadBlock.read(body);
        assertThat(lead.timestamp()).contains(Instant.ofEpochMilli(1677032225000L));
        assertThat(lead.title()).contains("Harbour reopens (again)");
        assertThat(lead.link()).contains("https://news.example/zh/a-1?x=1");
        assertThat(lead.stripFrom(body)).isEqualTo("\n<p>Text</p>");
    }

    @Test
    void aLinkInsideTheArticleIsNoHeadline() {
        LeadBlock lead = LeadBlock.read("<p>See [this](https://x.example)</p>\n------\n");
        assertThat(lead.title()).isEmpty();
        assertThat(lead.stripFrom("abc")).isEqualTo("abc");
    }

    @Test
    void findsTheFirstIsoTimestamp() {
        assertThat(LeadBlock.firstIsoInstant("<div><i><br>2023-02-22T01:55:38.516Z</i></div>"))
                .contains(Instant.parse("2023-02-22T01:55:38.516Z"));
        assertThat(LeadBlock.firstIsoInstant("<p>No time here, 2023-02-22 only.</p>")).isEmpty();
    }
}
