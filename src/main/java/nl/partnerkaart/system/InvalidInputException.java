package nl.partnerkaart.system;

/**
 * Input that a caller can correct: answered with 400 and the name of the field at fault, and optionally a code
 * the user interface translates.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidInputException(String field, String message) {
        this(field, message, null);
    }

    public InvalidInputException(String field, String message, String code) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** @return a stable key for the user interface's messages, or null */
    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
