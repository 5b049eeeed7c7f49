package nl.partnerkaart.system;

/** The account may call this endpoint, but not for this request: answered with 403 and the reason. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
