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

/**
 * Turns the JSON {@code params} of a request into Cypher parameter values. JSON has no dates, so a
 * temporal value is written as {@code {"type": "date", "value": "2026-11-23"}} (also {@code datetime},
 * {@code localdatetime} and {@code duration}); every other object is a Cypher map.
 */
final class CypherParameters {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");
    private static final int MAX_PARAMETERS = 100;

    private CypherParameters() {
    }

    static Map<String, Object> convert(Map<String, Object> params) {
        if (params == null) {
            return Map.of();
        }
        if (params.size() > MAX_PARAMETERS) {
            throw new InvalidInputException("params", "At most " + MAX_PARAMETERS + " parameters are accepted.");
        }
        Map<String, Object> converted = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw new InvalidInputException("params." + name,
                        "Parameter name '" + name + "' must be letters, digits or _ and start with a letter.");
            }
            converted.put(name, value(name, value));
        });
        return converted;
    }

    private static Object value(String name, Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            if (big.bitLength() > 63) {
                throw new InvalidInputException("params." + name, "Parameter '" + name + "' is too large a number.");
            }
            return big.longValue();
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>();
            list.forEach(item -> converted.add(value(name, item)));
            return converted;
        }
        if (value instanceof Map<?, ?> map) {
            return map.size() == 2 && map.get("type") instanceof String type && map.get("value") instanceof String text
                    && isTemporal(type) ? temporal(name, type, text) : mapValue(name, map);
        }
        throw new InvalidInputException("params." + name, "Parameter '" + name + "' has a value the workbench cannot use.");
    }

    private static Map<String, Object> mapValue(String name, Map<?, ?> map) {
        Map<String, Object> converted = new LinkedHashMap<>();
        map.forEach((key, item) -> converted.put(String.valueOf(key), value(name, item)));
        return converted;
    }

    private static boolean isTemporal(String type) {
        return List.of("date", "datetime", "localdatetime", "duration").contains(type);
    }

    private static Object temporal(String name, String type, String text) {
        try {
            return switch (type) {
                case "date" -> LocalDate.parse(text);
                case "datetime" -> ZonedDateTime.parse(text);
                case "localdatetime" -> LocalDateTime.parse(text);
                default -> text.contains("T") ? Duration.parse(text) : Period.parse(text);
            };
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("params." + name, "Parameter '" + name + "' is not a valid " + type
                    + " in ISO notation: '" + text + "' (for example " + example(type) + ").");
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
