package org.newsgraph.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.InputException;

/** Reads and writes the gold JSON format. */
public final class GoldJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GoldJson() {
    }

    public static GoldDocument read(Path file) {
        try {
            return parse(JSON.readTree(file.toFile()));
        } catch (IOException | RuntimeException e) {
            throw new InputException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    static GoldDocument parse(JsonNode root) {
        List<GoldEntity> entities = new ArrayList<>();
        for (JsonNode e : root.path("entities")) {
            entities.add(new GoldEntity(e.path("text").asText(), e.path("type").asText(), e.path("start").asInt(),
                    e.path("end").asInt(), textOrNull(e.get("qid"))));
        }
        List<GoldRelation> relations = new ArrayList<>();
        for (JsonNode r : root.path("relations")) {
            relations.add(new GoldRelation(r.path("type").asText(), values(r.path("args")),
                    values(r.path("qid_args")), textOrNull(r.get("evidence"))));
        }
        return new GoldDocument(root.path("id").asText(), textOrNull(root.get("published")),
                textOrNull(root.get("title")), textOrNull(root.get("source_url")), entities, relations);
    }

    private static Map<String, Object> values(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(f -> map.put(f.getKey(), value(f.getValue())));
        return map;
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            v.forEach(x -> list.add(value(x)));
            return list;
        }
        if (v.isIntegralNumber()) return v.asLong();
        if (v.isNumber()) return v.asDouble();
        return v.asText();
    }

    private static String textOrNull(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }

    public static void write(GoldDocument doc, Path file) {
        try {
            Files.writeString(file, toJson(doc));
        } catch (IOException e) {
            throw new InputException("cannot write predictions to " + file + ": " + e.getMessage(), e);
        }
    }

    public static String toJson(GoldDocument doc) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", doc.id());
        root.put("published", doc.published());
        root.put("title", doc.title());
        if (doc.sourceUrl() != null) root.put("source_url", doc.sourceUrl());
        ArrayNode entities = root.putArray("entities");
        for (GoldEntity e : doc.entities()) {
            ObjectNode n = entities.addObject();
            n.put("text", e.text());
            n.put("type", e.type());
            n.put("start", e.start());
            n.put("end", e.end());
            n.put("qid", e.qid());
        }
        ArrayNode relations = root.putArray("relations");
        for (GoldRelation r : doc.relations()) {
            ObjectNode n = relations.addObject();
            n.put("type", r.type());
            n.set("args", JSON.valueToTree(r.args()));
            n.set("qid_args", JSON.valueToTree(r.qidArgs()));
            n.put("evidence", r.evidence());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise predictions of " + doc.id(), e);
        }
    }
}
