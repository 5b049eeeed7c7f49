package nl.partnerkaart.generator;

/**
 * How many nodes of each generated kind a graph of a given size gets. The shares follow the shipped data
 * set, scaled so that 1,000,000 nodes hold 100,000 partners (issue "Scale and performance").
 */
record Proportions(int partners, int networks, int assets, int covenants, int actionItems, int exercises,
                   int persons, int profiles) {

    static Proportions of(int generatedNodes) {
        return new Proportions(share(generatedNodes, 0.10), share(generatedNodes, 0.005), share(generatedNodes, 0.20),
                share(generatedNodes, 0.06), share(generatedNodes, 0.33), share(generatedNodes, 0.02),
                share(generatedNodes, 0.10), share(generatedNodes, 0.185));
    }

    private static int share(int total, double fraction) {
        return Math.max(1, (int) Math.round(total * fraction));
    }
}
