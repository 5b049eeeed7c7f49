package nl.partnerkaart.disk;

import nl.partnerkaart.system.Message;

/** Work refused because the disk under the database has too little free space for it (answered as 503). */
public class DiskSpaceException extends RuntimeException {

    private final Message message;

    DiskSpaceException(Message message) {
        super(message.toString());
        this.message = message;
    }

    public Message message() {
        return message;
    }
}
