// The graph on the canvas: nodes and facts added as the user expands entities, filtered by relation and entity
// type, by province and by year, coloured by type or by province, with a funding view in which a FUNDS edge's width
// follows its amount.

import { ENTITY_TYPES, RELATION_TYPES, formatCny, typeOf } from './vocabulary.js';

// Colours of provinces in the order they appear on the canvas; places with no province stay grey.
const PROVINCE_COLOURS = ['#2870C2', '#E0A030', '#5DB665', '#CC3C6C', '#8A63D2', '#23B3D7', '#F36924', '#447666',
  '#B261A5', '#9DBF3C'];
const NO_PROVINCE = '#C8CDD4';

// Zoom ranges that keep names readable (node names are 14px, 16px in the funding view, at zoom 1).
const ZOOM = { min: 0.75, max: 1.2 };
const FUNDING_ZOOM = { min: 0.9, max: 1.4 };

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif';

export class GraphView {
  constructor(container, { onSelect }) {
    this.container = container;
    this.hiddenRelations = new Set();
    this.hiddenTypes = new Set();
    this.fundingOnly = false;
    this.province = null;
    this.year = null;
    this.provinceColours = new Map();
    this.cy = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 3,
      style: style(),
    });
    this.cy.on('tap', 'node', (event) => onSelect(event.target.data()));
    this.cy.on('tap', 'edge', (event) => onSelect(event.target.source().data(), event.target.data()));
    // Edge labels are shown for the edge under the pointer: forty facts around one entity would bury every name.
    this.cy.on('mouseover', 'edge', (event) => event.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (event) => event.target.removeClass('hover'));
  }

  /** Adds an entity and its facts; returns how many nodes were new. */
  addFacts(entity, related) {
    const before = this.cy.nodes().length;
    this.cy.batch(() => {
      this.addNode(entity);
      for (const fact of related) {
        this.addNode(fact.node);
        const [source, target] = fact.direction === 'OUT' ? [entity.id, fact.node.id] : [fact.node.id, entity.id];
        const id = [source, fact.type, target, fact.document, fact.start].join('|');
        if (this.cy.getElementById(id).empty()) {
          this.cy.add({
            group: 'edges',
            data: {
              id, source, target, type: fact.type, amountCny: fact.amountCny, evidence: fact.evidence,
              document: fact.document, start: fact.start, end: fact.end,
              label: fact.type === 'FUNDS' && fact.amountCny != null ? formatCny(fact.amountCny) : RELATION_TYPES[fact.type]?.label ?? fact.type,
              color: RELATION_TYPES[fact.type]?.color ?? '#A5ABB6',
              width: 2,
              year: fact.year ?? null,
            },
          });
        }
      }
      this.cy.getElementById(entity.id).data('expanded', true);
    });
    this.scaleFundingEdges();
    this.applyFilters();
    const added = this.cy.nodes().length - before;
    this.layout(entity.id, added > 0);
    this.publishCounts();
    return added;
  }

  /** The facts on the canvas that touch a node, as loaded: used for task nodes, which the API cannot expand. */
  factsOf(id) {
    return this.cy.getElementById(id).connectedEdges().map((edge) => edge.data());
  }

  nodeData(id) {
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.data();
  }

  entityNamesShown() {
    return this.cy.nodes('[kind = "entity"]').not('.hidden').map((n) => n.data('name'));
  }

  select(id) {
    this.cy.nodes().unselect();
    this.cy.getElementById(id).select();
  }

  setRelationHidden(type, hidden) {
    toggle(this.hiddenRelations, type, hidden);
    this.applyFilters();
  }

  setTypeHidden(type, hidden) {
    toggle(this.hiddenTypes, type, hidden);
    this.applyFilters();
  }

  /** Shows only the places of one province (by name), or everything again with null. */
  setProvince(province) {
    this.province = province;
    this.applyFilters();
  }

  /** Shows only the facts of one year and the nodes they link, or everything again with null. */
  setYear(year) {
    this.year = year;
    this.applyFilters();
  }

  setColourByProvince(on) {
    this.container.classList.toggle('by-province', on);
    this.cy.nodes().toggleClass('by-province', on);
  }

  /** The provinces of the nodes on the canvas with their colours, in the order they appeared. */
  provinces() {
    return [...this.provinceColours].map(([name, color]) => ({ name, color }));
  }

  /** The years of the facts on the canvas, oldest first. */
  years() {
    return [...new Set(this.cy.edges().map((e) => e.data('year')).filter((y) => y != null))].sort((a, b) => a - b);
  }

  setFundingOnly(on) {
    this.fundingOnly = on;
    this.container.classList.toggle('funding', on);
    this.applyFilters();
    // The funding subgraph is small and its nodes sat where the full graph put them: lay it out afresh.
    this.arrange(this.cy.elements().not('.hidden'), on);
  }

  clear() {
    this.cy.elements().remove();
    this.provinceColours.clear();
    this.publishCounts();
  }

  addNode(node) {
    if (!this.cy.getElementById(node.id).empty()) {
      return;
    }
    const type = typeOf(node);
    const province = node.province?.name ?? null;
    this.cy.add({
      group: 'nodes',
      data: {
        ...node,
        kind: type === 'TASK' ? 'task' : 'entity',
        type,
        color: ENTITY_TYPES[type]?.color ?? '#A5ABB6',
        province,
        provinceColor: this.provinceColour(province),
      },
      classes: this.container.classList.contains('by-province') ? 'by-province' : '',
    });
  }

  provinceColour(province) {
    if (province == null) {
      return NO_PROVINCE;
    }
    if (!this.provinceColours.has(province)) {
      this.provinceColours.set(province, PROVINCE_COLOURS[this.provinceColours.size % PROVINCE_COLOURS.length]);
    }
    return this.provinceColours.get(province);
  }

  scaleFundingEdges() {
    const funds = this.cy.edges('[type = "FUNDS"]');
    const max = Math.max(0, ...funds.map((e) => e.data('amountCny') ?? 0));
    // Square root: a transfer ten times larger is drawn about three times wider, so small ones stay visible.
    funds.forEach((edge) => {
      const amount = edge.data('amountCny');
      edge.data('width', amount && max ? 2 + 14 * Math.sqrt(amount / max) : 2);
    });
  }

  applyFilters() {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => node.toggleClass('hidden', this.hiddenTypes.has(node.data('type'))
        || (this.province != null && node.data('province') !== this.province)));
      this.cy.edges().forEach((edge) => {
        const type = edge.data('type');
        const hidden = this.hiddenRelations.has(type) || (this.fundingOnly && type !== 'FUNDS')
          || (this.year != null && edge.data('year') !== this.year)
          || edge.source().hasClass('hidden') || edge.target().hasClass('hidden');
        edge.toggleClass('hidden', hidden);
        // The funding view has few edges, and their amounts are what it is for.
        edge.toggleClass('labelled', this.fundingOnly && type === 'FUNDS');
      });
      // In the funding view, and for one year, a node is shown for the facts it takes part in.
      const narrowed = this.fundingOnly || this.year != null;
      this.cy.nodes().forEach((node) => {
        node.toggleClass('funded', this.fundingOnly);
        if (narrowed && node.connectedEdges().not('.hidden').empty()) {
          node.addClass('hidden');
        }
      });
    });
    this.publishCounts();
  }

  layout(focusId, moved) {
    if (!moved) {
      return;
    }
    this.arrange(this.cy.elements());
    this.select(focusId);
  }

  arrange(elements, afresh = false) {
    const nodes = elements.nodes();
    // A fresh small subgraph reads best on a ring: every pair of nodes, and each bundle of transfers between them,
    // gets room. Anything else keeps its positions and is relaxed by a force-directed pass.
    const options = afresh && nodes.length <= 12
      ? { name: 'circle', animate: false, fit: false, radius: ringRadius(nodes.length), startAngle: -Math.PI / 2 }
      : {
        name: 'cose',
        animate: false,
        randomize: afresh,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 160,
        nodeRepulsion: () => 12000,
        fit: false,
      };
    elements.layout(options).run();
    separateLabels(nodes.not('.hidden'));
    this.frame(elements.not('.hidden'), this.fundingOnly ? FUNDING_ZOOM : ZOOM);
  }

  /**
   * Shows the elements inside the canvas with a margin that grows with the canvas, at a zoom within range: a
   * handful of nodes is neither blown up to the canvas edges nor a wide layout shrunk to unreadable labels (what is
   * off the canvas is a drag away).
   */
  frame(elements, { min, max }) {
    const margin = Math.max(40, 0.12 * Math.min(this.cy.width(), this.cy.height()));
    this.cy.fit(elements, margin);
    const zoom = Math.min(max, Math.max(min, this.cy.zoom()));
    if (zoom !== this.cy.zoom()) {
      this.cy.zoom(zoom);
      this.cy.center(elements);
    }
  }

  // Visible counts as attributes of the graph element: the canvas has no DOM per node, and tests (and assistive
  // tools) can read these.
  // Counted from the filter classes, not ':visible', which follows the style only after the next frame.
  publishCounts() {
    const shown = this.cy.nodes().not('.hidden');
    const edges = this.cy.edges().not('.hidden').filter((e) => !e.source().hasClass('hidden') && !e.target().hasClass('hidden'));
    this.container.dataset.nodes = String(shown.length);
    this.container.dataset.edges = String(edges.length);
  }
}

// Pushes apart nodes whose boxes (the node and its name below it) overlap, along the axis that needs the smaller
// move, until none do: a force-directed layout spaces node centres, not the labels hanging under them.
function separateLabels(nodes) {
  const gap = 4;
  for (let round = 0; round < 100; round++) {
    const boxes = nodes.map((node) => ({ node, box: node.boundingBox({ includeLabels: true, includeEdges: false }) }));
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box;
        const b = boxes[j].box;
        const overlapX = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
        const overlapY = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
        if (overlapX <= 0 || overlapY <= 0) {
          continue;
        }
        const alongX = overlapX < overlapY;
        const sign = alongX ? Math.sign((b.x1 + b.x2) - (a.x1 + a.x2)) || 1 : Math.sign((b.y1 + b.y2) - (a.y1 + a.y2)) || 1;
        const shift = (alongX ? overlapX : overlapY) / 2;
        shiftNode(boxes[i].node, alongX, -sign * shift);
        shiftNode(boxes[j].node, alongX, sign * shift);
        moved = true;
      }
    }
    if (!moved) {
      return;
    }
  }
}

// A ring on which neighbours sit far enough apart for two names side by side.
function ringRadius(count) {
  const apart = 170;
  return count < 3 ? apart / 2 : Math.max(130, apart / 2 / Math.sin(Math.PI / count));
}

function shiftNode(node, alongX, by) {
  const position = node.position();
  node.position(alongX ? { x: position.x + by, y: position.y } : { x: position.x, y: position.y + by });
}

function toggle(set, value, on) {
  if (on) {
    set.add(value);
  }
  else {
    set.delete(value);
  }
}

function style() {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        label: 'data(name)',
        'font-family': FONT,
        'font-size': 14,
        color: '#23272f',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': 140,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': 2,
        width: 34,
        height: 34,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    { selector: 'node[kind = "task"]', style: { shape: 'round-rectangle', width: 26, height: 26, 'font-size': 12 } },
    { selector: 'node.by-province', style: { 'background-color': 'data(provinceColor)' } },
    { selector: 'node[?expanded]', style: { 'border-color': '#23272f', 'border-width': 3 } },
    // The funding view has few nodes: larger names, and the amounts beside them, read at a glance.
    { selector: 'node.funded', style: { 'font-size': 16, 'text-max-width': 160 } },
    { selector: 'node:selected', style: { 'underlay-color': '#2870c2', 'underlay-opacity': 0.25, 'underlay-padding': 8 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'curve-style': 'bezier',
        'font-family': FONT,
        'font-size': 11,
        color: '#4b5563',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
        opacity: 0.85,
      },
    },
    { selector: 'edge.hover, edge:selected, edge.labelled', style: { label: 'data(label)', 'z-index': 10 } },
    { selector: 'edge[type = "PAIRS_WITH"]', style: { 'target-arrow-shape': 'none' } },
    {
      selector: 'edge[type = "FUNDS"]',
      // Arrows grow with the line; on wide funding edges they would hide the nodes.
      style: { 'font-size': 13, 'font-weight': 'bold', color: '#8a5600', 'arrow-scale': 0.45, 'control-point-step-size': 70 },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ];
}
