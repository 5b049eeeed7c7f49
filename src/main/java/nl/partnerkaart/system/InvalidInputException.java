package nl.partnerkaart.system;

/** Input that a caller can correct: answered with 400, the message and the name of the field at fault. */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final Message message;

    public InvalidInputException(String field, Message message) {
        super(message.toString());
        this.field = field;
        this.message = message;
    }

    public Message message() {
        return message;
    }

    public String field() {
        return field;
    }
}
