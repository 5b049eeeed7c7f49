// The map of the Netherlands behind a graph: region outlines drawn on a canvas under the Cytoscape layers, in the
// same model coordinates that the geographic layout and the landing view use, and redrawn on every pan and zoom.
import { polygonsOf, project, regionOutlines } from '../lib/geo.js';

/**
 * Puts a canvas under the graph in `wrapper` and keeps it in step with `cy`. Returns a handle to show or hide it
 * and to colour regions (`fills`: region id -> colour).
 */
export function mapLayer(wrapper, cy) {
  const canvas = document.createElement('canvas');
  canvas.className = 'map-layer';
  wrapper.prepend(canvas);
  let visible = false;
  let fills = {};
  let geo = null;
  let blank = false;

  const draw = () => {
    // Hidden, the layer stays blank: no need to clear it again on every pan and zoom.
    if (!visible && blank) return;
    blank = !visible;
    const { width, height } = wrapper.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const ctx = canvas.getContext('2d');
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!visible || !geo) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    ctx.lineWidth = 1;
    ctx.strokeStyle = '#9fb3c4';
    for (const feature of geo.features) {
      ctx.beginPath();
      for (const polygon of polygonsOf(feature.geometry)) {
        for (const ring of polygon) {
          ring.forEach(([lon, lat], i) => {
            const p = project(lat, lon);
            const x = p.x * zoom + pan.x;
            const y = p.y * zoom + pan.y;
            if (i === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
          });
          ctx.closePath();
        }
      }
      ctx.fillStyle = fills[feature.id] || '#f2f6f9';
      ctx.fill('evenodd');
      ctx.stroke();
    }
  };
  cy.on('viewport resize', draw);
  return {
    async show(on = true) {
      visible = on;
      if (on && !geo) geo = await regionOutlines();
      draw();
    },
    get visible() { return visible; },
    colour(regionFills) { fills = regionFills; draw(); },
    redraw: draw,
  };
}
