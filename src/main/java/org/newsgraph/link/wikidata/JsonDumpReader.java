package org.newsgraph.link.wikidata;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Wikidata's JSON dump line by line: the first line is {@code [}, the last {@code ]}, and every line between
 * holds one entity followed by a comma. Only best-rank ("truthy") statements count, as in the truthy RDF dumps:
 * preferred ones when a property has any, otherwise normal ones; deprecated never.
 */
final class JsonDumpReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonDumpReader() {
    }

    static void read(BufferedReader in, String source, ImportRun run) throws IOException {
        long lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String text = line.strip();
            if (text.endsWith(",")) text = text.substring(0, text.length() - 1);
            if (text.isEmpty() || text.equals("[") || text.equals("]")) continue;
            JsonNode entity;
            try {
                entity = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                run.problem(source + ":" + lineNo, "not a JSON entity: " + e.getOriginalMessage());
                continue;
            }
            String id = entity.path("id").asText("");
            String type = entity.path("type").asText("");
            if (!entity.isObject() || id.isEmpty() || type.isEmpty()) {
                run.problem(source + ":" + lineNo, "JSON line without an entity id and type");
                continue;
            }
            if (!type.equals("item")) {
                run.skipped();
                continue;
            }
            if (!WD.isItemId(id)) {
                run.problem(source + ":" + lineNo, "item with a malformed id: " + id);
                continue;
            }
            WikidataItem item;
            try {
                item = toItem(id, entity);
            } catch (IllegalArgumentException e) {
                run.problem(source + ":" + lineNo, "unusable item " + id + ": " + e.getMessage());
                continue;
            }
            run.item(item);
        }
    }

    static WikidataItem toItem(String id, JsonNode entity) {
        ItemBuilder b = new ItemBuilder(id);
        for (String lang : List.of("en", "mul")) {
            JsonNode label = entity.path("labels").path(lang).path("value");
            if (label.isTextual()) b.label(lang, label.asText());
            for (JsonNode alias : entity.path("aliases").path(lang)) {
                if (alias.path("value").isTextual()) b.alias(lang, alias.path("value").asText());
            }
        }
        JsonNode description = entity.path("descriptions").path("en").path("value");
        if (description.isTextual()) b.description("en", description.asText());
        for (Map.Entry<String, JsonNode> claim : entity.path("claims").properties()) {
            String property = claim.getKey();
            if (!WD.isPropertyId(property)) continue;
            for (JsonNode snak : truthyMainSnaks(claim.getValue())) {
                if (!"value".equals(snak.path("snaktype").asText())) continue;
                JsonNode value = snak.path("datavalue").path("value");
                String valueType = snak.path("datavalue").path("type").asText();
                if (valueType.equals("wikibase-entityid")) {
                    b.claim(property, entityId(value));
                } else if (valueType.equals("monolingualtext") && property.equals(WD.P1549)) {
                    b.demonym(value.path("language").asText(), value.path("text").asText());
                } else {
                    b.holds(property);
                }
            }
        }
        JsonNode sitelinks = entity.path("sitelinks");
        b.sitelinks(sitelinks.isObject() ? sitelinks.size() : 0);
        return b.build();
    }

    /** The main snaks of a property's statements that the truthy dumps would keep. */
    private static List<JsonNode> truthyMainSnaks(JsonNode statements) {
        List<JsonNode> preferred = new ArrayList<>();
        List<JsonNode> normal = new ArrayList<>();
        for (JsonNode st : statements) {
            String rank = st.path("rank").asText("normal");
            if (rank.equals("preferred")) preferred.add(st.path("mainsnak"));
            else if (rank.equals("normal")) normal.add(st.path("mainsnak"));
        }
        return preferred.isEmpty() ? normal : preferred;
    }

    /** {@code Q5} from {@code {"entity-type":"item","numeric-id":5,"id":"Q5"}}; older dumps lack "id". */
    private static String entityId(JsonNode value) {
        if (value.path("id").isTextual()) return value.path("id").asText();
        if ("item".equals(value.path("entity-type").asText()) && value.path("numeric-id").canConvertToLong()) {
            return "Q" + value.path("numeric-id").asLong();
        }
        return "";
    }
}
