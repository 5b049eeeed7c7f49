package nl.partnerkaart.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property values as JSON and back, without losing their Neo4j type: strings, integers, floats, booleans and lists
 * as plain JSON; temporal values, durations, points and byte arrays as a one-key object naming the type
 * ({@code {"date": "2026-11-23"}}), so a restore sets exactly the value that was read.
 */
final class GraphValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private GraphValues() {
    }

    static ObjectNode toJson(Map<String, Value> properties) {
        ObjectNode object = JSON.objectNode();
        properties.forEach((key, value) -> object.set(key, toJson(value)));
        return object;
    }

    static JsonNode toJson(Value value) {
        String type = value.type().name();
        // The driver names a list by its element type ("LIST OF ANY?").
        return switch (type.startsWith("LIST") ? "LIST" : type) {
            case "STRING" -> JSON.textNode(value.asString());
            case "INTEGER" -> JSON.numberNode(value.asLong());
            case "FLOAT" -> Double.isFinite(value.asDouble()) ? JSON.numberNode(value.asDouble())
                    : tagged("float", JSON.textNode(Double.toString(value.asDouble())));
            case "BOOLEAN" -> JSON.booleanNode(value.asBoolean());
            case "LIST" -> {
                var array = JSON.arrayNode();
                value.values().forEach(element -> array.add(toJson(element)));
                yield array;
            }
            case "DATE" -> tagged("date", JSON.textNode(value.asLocalDate().toString()));
            case "DATE_TIME" -> tagged("datetime", JSON.textNode(value.asZonedDateTime().toString()));
            case "LOCAL_DATE_TIME" -> tagged("localdatetime", JSON.textNode(value.asLocalDateTime().toString()));
            case "TIME" -> tagged("time", JSON.textNode(value.asOffsetTime().toString()));
            case "LOCAL_TIME" -> tagged("localtime", JSON.textNode(value.asLocalTime().toString()));
            case "DURATION" -> {
                IsoDuration d = value.asIsoDuration();
                yield tagged("duration", JSON.objectNode().put("months", d.months()).put("days", d.days())
                        .put("seconds", d.seconds()).put("nanoseconds", d.nanoseconds()));
            }
            case "POINT" -> {
                Point p = value.asPoint();
                ObjectNode point = JSON.objectNode().put("srid", p.srid()).put("x", p.x()).put("y", p.y());
                yield tagged("point", Double.isNaN(p.z()) ? point : point.put("z", p.z()));
            }
            case "BYTES" -> tagged("bytes", JSON.textNode(Base64.getEncoder().encodeToString(value.asByteArray())));
            default -> throw new IllegalStateException("A property of type " + value.type().name()
                    + " cannot be backed up");
        };
    }

    /** The property map as Cypher parameters. */
    static Map<String, Object> fromJson(JsonNode properties) {
        Map<String, Object> map = new LinkedHashMap<>();
        properties.properties().forEach(entry -> map.put(entry.getKey(), fromJsonValue(entry.getValue())));
        return map;
    }

    private static Object fromJsonValue(JsonNode node) {
        if (node.isString()) {
            return node.asString();
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(fromJsonValue(element)));
            return list;
        }
        var entry = node.properties().iterator().next();
        JsonNode v = entry.getValue();
        return switch (entry.getKey()) {
            case "float" -> Double.parseDouble(v.asString());
            case "date" -> LocalDate.parse(v.asString());
            case "datetime" -> ZonedDateTime.parse(v.asString());
            case "localdatetime" -> LocalDateTime.parse(v.asString());
            case "time" -> OffsetTime.parse(v.asString());
            case "localtime" -> LocalTime.parse(v.asString());
            case "duration" -> Values.isoDuration(v.get("months").asLong(), v.get("days").asLong(),
                    v.get("seconds").asLong(), v.get("nanoseconds").asInt());
            case "point" -> v.has("z") ? Values.point(v.get("srid").asInt(), v.get("x").asDouble(),
                    v.get("y").asDouble(), v.get("z").asDouble())
                    : Values.point(v.get("srid").asInt(), v.get("x").asDouble(), v.get("y").asDouble());
            case "bytes" -> Base64.getDecoder().decode(v.asString());
            default -> throw new IllegalStateException("Unknown value type in a backup: " + entry.getKey());
        };
    }

    private static ObjectNode tagged(String type, JsonNode value) {
        return JSON.objectNode().set(type, value);
    }
}
