package nl.partnerkaart.disk;

/** Work refused because the disk under the database has too little free space for it (answered as 503). */
public class DiskSpaceException extends RuntimeException {

    DiskSpaceException(String message) {
        super(message);
    }
}
