package nl.partnerkaart.system;

/** The account may call this endpoint, but not for this request: answered with 403 and the reason. */
public class ForbiddenException extends RuntimeException {

    private final Message message;

    public ForbiddenException(Message message) {
        super(message.toString());
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
