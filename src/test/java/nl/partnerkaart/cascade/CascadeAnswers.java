package nl.partnerkaart.cascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reads cascade answers in tests: the hour and chain of each affected process and asset. */
final class CascadeAnswers {

    private CascadeAnswers() {
    }

    /** Every affected process and asset with its hour, in the order of the answer. */
    static Map<String, Double> hours(JsonNode answer) {
        Map<String, Double> hours = new LinkedHashMap<>();
        for (String list : List.of("processes", "assets")) {
            answer.get(list).forEach(item -> hours.put(item.get("id").asString(), item.get("hour").asDouble()));
        }
        return hours;
    }

    static List<String> chain(JsonNode answer, String id) {
        for (String list : List.of("processes", "assets")) {
            for (JsonNode item : answer.get(list)) {
                if (item.get("id").asString().equals(id)) {
                    List<String> chain = new ArrayList<>();
                    item.get("chain").forEach(step -> chain.add(step.asString()));
                    return chain;
                }
            }
        }
        throw new AssertionError(id + " is not in the answer");
    }

    /** The ids of the items of a list (not of anything nested in them). */
    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    static JsonNode item(JsonNode answer, String list, String id) {
        for (JsonNode item : answer.get(list)) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in " + list);
    }
}
