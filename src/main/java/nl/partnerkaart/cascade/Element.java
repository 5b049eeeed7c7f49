package nl.partnerkaart.cascade;

/** A vital process or an asset: the two kinds of things that fail in a cascade; the name may be unknown (null). */
record Element(String id, Level level, String name) {

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
