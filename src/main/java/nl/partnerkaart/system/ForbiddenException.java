package nl.partnerkaart.system;

import java.util.Map;

/**
 * The account may call this endpoint, but not for this request: answered with 403 and the reason, and optionally a
 * code the user interface translates, filled in with the arguments (sent as properties of the problem).
 */
public class ForbiddenException extends RuntimeException {

    private final String code;
    private final Map<String, Object> arguments;

    public ForbiddenException(String message) {
        this(message, null, Map.of());
    }

    public ForbiddenException(String message, String code, Map<String, Object> arguments) {
        super(message);
        this.code = code;
        this.arguments = Map.copyOf(arguments);
    }

    /** @return a stable key for the user interface's messages, or null */
    public String code() {
        return code;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }
}
