package nl.partnerkaart.cascade;

import java.util.List;

/**
 * An element hit by the cascade at {@code hour}; {@code chain} lists the ids from a start to it.
 * {@code local} is true for a process that is only disrupted where an affected asset supports it.
 */
record Hit(Element element, double hour, List<String> chain, boolean local) {
}
