package nl.partnerkaart.cypher;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;

/**
 * Turns the JSON {@code params} of a request into Cypher parameter values. JSON has no dates, so a
 * temporal value is written as {@code {"type": "date", "value": "2026-11-23"}} (also {@code datetime},
 * {@code localdatetime} and {@code duration}); every other object is a Cypher map. The values are bounded
 * before the database sees them: how much they hold together, how deep lists and maps nest, and how long one
 * list is (the engine walks nested values recursively, and holds all of them in the query's memory).
 */
final class CypherParameters {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
    private static final int MAX_PARAMETERS = 100;

    private final CypherProperties limits;
    private long size;

    private CypherParameters(CypherProperties limits) {
        this.limits = limits;
    }

    static Map<String, Object> convert(Map<String, Object> params, CypherProperties limits) {
        if (params == null) {
            return Map.of();
        }
        if (params.size() > MAX_PARAMETERS) {
            throw new InvalidInputException("params", Message.of("cypher.tooManyParameters", MAX_PARAMETERS));
        }
        CypherParameters conversion = new CypherParameters(limits);
        Map<String, Object> converted = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw new InvalidInputException("params." + name, Message.of("cypher.parameterName", name));
            }
            converted.put(name, conversion.value(name, value, 0));
        });
        return converted;
    }

    /**
     * @param path where the value is, for the message and the problem's field: {@code ids[3].name}
     * @param depth lists and maps around the value
     */
    private Object value(String path, Object value, int depth) {
        count(path, value instanceof String text ? text.length() : 8);
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            if (big.bitLength() > 63) {
                throw new InvalidInputException("params." + path, Message.of("cypher.parameterNumber", path));
            }
            return big.longValue();
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof List<?> list) {
            checkNesting(path, depth);
            if (list.size() > limits.maxParameterListLength()) {
                throw new QueryRefusedException("parameter-too-long", "params." + path, Message.of("cypher.parameterList",
                        path, list.size(), limits.maxParameterListLength()));
            }
            List<Object> converted = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                converted.add(value(path + "[" + i + "]", list.get(i), depth + 1));
            }
            return converted;
        }
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 2 && map.get("type") instanceof String type && map.get("value") instanceof String text
                    && isTemporal(type)) {
                return temporal(path, type, text);
            }
            checkNesting(path, depth);
            return mapValue(path, map, depth);
        }
        throw new InvalidInputException("params." + path, Message.of("cypher.parameterValue", path));
    }

    private Map<String, Object> mapValue(String path, Map<?, ?> map, int depth) {
        Map<String, Object> converted = new LinkedHashMap<>();
        map.forEach((key, item) -> {
            String name = String.valueOf(key);
            count(path, name.length());
            converted.put(name, value(path + "." + name, item, depth + 1));
        });
        return converted;
    }

    private void checkNesting(String path, int depth) {
        if (depth >= limits.maxNesting()) {
            throw new QueryRefusedException("parameter-too-deep", "params." + path, Message.of("cypher.parameterDepth",
                    path, limits.maxNesting()));
        }
    }

    /** Adds a value's estimated size (characters of a text or key, 8 for anything else) to the request's total. */
    private void count(String path, long bytes) {
        size += bytes;
        if (size > limits.maxParameterSize().toBytes()) {
            throw new QueryRefusedException("parameters-too-large", "params." + path, Message.of("cypher.parametersSize",
                    limits.maxParameterSize().toKilobytes(), path));
        }
    }

    private static boolean isTemporal(String type) {
        return List.of("date", "datetime", "localdatetime", "duration").contains(type);
    }

    private static Object temporal(String path, String type, String text) {
        try {
            return switch (type) {
                case "date" -> LocalDate.parse(text);
                case "datetime" -> ZonedDateTime.parse(text);
                case "localdatetime" -> LocalDateTime.parse(text);
                default -> text.contains("T") ? Duration.parse(text) : Period.parse(text);
            };
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("params." + path, Message.of("cypher.parameterTemporal", path, type, text,
                    example(type)));
        }
    }

    private static String example(String type) {
        return switch (type) {
            case "date" -> "2026-11-23";
            case "datetime" -> "2026-11-23T09:30:00+01:00";
            case "localdatetime" -> "2026-11-23T09:30:00";
            default -> "P6M or PT12H";
        };
    }
}
