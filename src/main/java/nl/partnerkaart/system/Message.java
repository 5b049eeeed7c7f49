package nl.partnerkaart.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Something the server tells a person, kept as a stable code (a key of {@code messages/problems*.properties}) and
 * its arguments until the answer is written: {@link ServerMessages} then says it in the language of the request.
 * An argument may itself be a message, said in the same language; a list argument is written comma-separated.
 */
public record Message(String code, List<Object> arguments) {

    public Message {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Message of(String code, Object... arguments) {
        return new Message(code, Arrays.asList(arguments));
    }

    /** The code and its arguments, for logs: {@code node.notFound[VR99]}. */
    @Override
    public String toString() {
        return code + arguments;
    }
}
