package io.github.masthead.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void textCannotEndAScriptElementAndReadsBackExactly() throws Exception {
        String hostile = "</script><!-- \"q\" & 'a' \u2028";
        String json = Json.write(hostile);
        assertThat(json).doesNotContain("<", ">", "&", "'", "\u2028").contains("\\u003c/script\\u003e");
        assertThat(new ObjectMapper().readTree(json).asText()).isEqualTo(hostile);
    }

    @Test
    void mapsDropNullsAndSortUnorderedKeys() throws Exception {
        Map<String, Object> map = new HashMap<>();
        map.put("headline", "H");
        map.put("@type", "NewsArticle");
        map.put("image", null);
        map.put("tags", List.of("a", 1, true));
        map.put("date", ZonedDateTime.of(2025, 11, 1, 10, 47, 4, 0, ZoneOffset.ofHours(8)));
        String json = Json.write(map);
        assertThat(json).startsWith("{\"@type\":\"NewsArticle\"").doesNotContain("image");
        JsonNode read = new ObjectMapper().readTree(json);
        assertThat(read.get("date").asText()).isEqualTo("2025-11-01T10:47:04+08:00");
        assertThat(read.get("tags").toString()).isEqualTo("[\"a\",1,true]");
    }

    @Test
    void arraysAndNullWriteAsJson() {
        assertThat(Json.write(new Object[] {"x", null})).isEqualTo("[\"x\",null]");
        assertThat(Json.write(null)).isEqualTo("null");
        assertThat(Json.write(Arrays.asList(1.5, 2))).isEqualTo("[1.5,2]");
    }
}
