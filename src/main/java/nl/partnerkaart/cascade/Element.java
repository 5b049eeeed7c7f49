package nl.partnerkaart.cascade;

import java.util.Collection;
import java.util.List;

/** A vital process or an asset: the two kinds of things that fail in a cascade; the name may be unknown (null). */
record Element(String id, Level level, String name) {

    static List<String> idsAt(Collection<Element> elements, Level level) {
        return elements.stream().filter(e -> e.level() == level).map(Element::id).toList();
    }

    enum Level {
        PROCESS("VitalProcess"), ASSET("Asset");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Level ofLabel(String label) {
            return label.equals(PROCESS.label) ? PROCESS : ASSET;
        }
    }
}
