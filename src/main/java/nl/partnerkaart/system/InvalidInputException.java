package nl.partnerkaart.system;

/** Input that a caller can correct: answered with 400 and the name of the field at fault. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
