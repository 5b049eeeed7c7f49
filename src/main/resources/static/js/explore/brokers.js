// Node size by how much a node ties the network together (the brokers of the cascade analysis): partners by the
// number of regions they serve, processes and assets by their betweenness (how many shortest failure chains pass
// through them). Relative to the largest.
import { api } from '../shell/api.js';

let weights = null;

function relative(list, measure) {
  const most = Math.max(1, ...list.map((broker) => broker[measure]));
  return list.map((broker) => [broker.id, broker[measure] / most]);
}

async function brokerWeights() {
  if (!weights) {
    const brokers = await api.get('/api/analysis/brokers?limit=200');
    weights = new Map([...relative(brokers.partners, 'regionsServed'), ...relative(brokers.infrastructureOnChains, 'betweenness')]);
  }
  return weights;
}

/** Sizes the nodes of the scene by their weight as a broker (`on`), or gives them their normal size again. */
export async function sizeByBrokers(cy, on) {
  const known = on ? await brokerWeights() : new Map();
  cy.batch(() => cy.nodes().forEach((node) => {
    if (known.has(node.id())) node.data('weight', known.get(node.id()));
    else node.removeData('weight');
  }));
}
