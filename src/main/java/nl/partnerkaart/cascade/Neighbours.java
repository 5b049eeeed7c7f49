package nl.partnerkaart.cascade;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where a failure goes next; implemented on the database so that only what is reachable is read. */
interface Neighbours {

    /** The impacts of the failure of each of the given elements, keyed by the id of the failed one. */
    Map<String, List<Impact>> of(Collection<Element> failed);
}
