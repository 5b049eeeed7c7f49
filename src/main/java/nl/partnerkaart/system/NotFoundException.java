package nl.partnerkaart.system;

/** A node or other item that the request names does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

    private final Message message;

    public NotFoundException(Message message) {
        super(message.toString());
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
