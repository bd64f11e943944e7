// Wires the explorer together: search → open an entity → expand on click → provenance in the side panel.

import { ENTITY, fundingOf, graphql } from './graphql.js';
import { GraphView } from './graph-view.js';
import { SearchBox } from './search-box.js';
import { SidePanel } from './side-panel.js';
import { ENTITY_TYPES, RELATION_TYPES } from './vocabulary.js';

const status = document.getElementById('status');
const relatedByEntity = new Map();

const panel = new SidePanel(document.getElementById('panel'), { onOpen: (node) => open(node) });
const view = new GraphView(document.getElementById('graph'), { onSelect: (node) => open(node) });
const searchTypes = new Set(Object.keys(ENTITY_TYPES).filter((t) => t !== 'TASK'));

new SearchBox(document.getElementById('search'), document.getElementById('suggestions'), {
  onChoose: (entity) => open(entity),
  types: () => (searchTypes.size === Object.keys(ENTITY_TYPES).length - 1 ? [] : [...searchTypes]),
  onError: showError,
});

const provinceFilter = document.getElementById('province-filter');
const yearFilter = document.getElementById('year-filter');
const colourByProvince = document.getElementById('colour-by-province');
const provinceLegend = document.getElementById('province-legend');

buildFilters();
buildPlaceTimeFilters();
document.getElementById('clear').addEventListener('click', () => {
  view.clear();
  relatedByEntity.clear();
  refreshPlaceTimeFilters();
  panel.showMessage('画布已清空。');
});
const fundingButton = document.getElementById('funding-view');
fundingButton.addEventListener('click', () => toggleFundingView());

// A hook for tests and the browser console: the Cytoscape instance, to find where a node is drawn.
window.coopgraphExplorer = { cy: view.cy };

async function open(node) {
  if (node.type === 'TASK' || node.taskId !== undefined) {
    const task = view.nodeData(node.id) ?? node;
    panel.showTask(task, view.factsOf(node.id).map((edge) => taskFact(edge)));
    view.select(node.id);
    return;
  }
  await expand(node.name);
}

async function expand(name) {
  say(`正在载入 ${name}…`);
  try {
    const { entity } = await graphql(ENTITY, { name });
    if (!entity) {
      say(`没有找到 ${name}`);
      return;
    }
    relatedByEntity.set(entity.id, entity.related);
    const added = view.addFacts(entity, entity.related);
    refreshPlaceTimeFilters();
    view.select(entity.id);
    panel.showEntity(entity, entity.related);
    say(`${entity.name}：${entity.related.length} 条事实，新增 ${added} 个节点。点击节点继续展开。`);
  }
  catch (error) {
    showError(error);
  }
}

async function toggleFundingView() {
  const on = fundingButton.getAttribute('aria-pressed') !== 'true';
  fundingButton.setAttribute('aria-pressed', String(on));
  if (on) {
    const names = view.entityNamesShown();
    if (names.length) {
      try {
        const { query, variables } = fundingOf(names);
        const data = await graphql(query, variables);
        Object.values(data).filter(Boolean).forEach((entity) => view.addFacts(entity, entity.related));
        refreshPlaceTimeFilters();
      }
      catch (error) {
        showError(error);
      }
    }
  }
  view.setFundingOnly(on);
  say(on ? '资金视图：只显示资金往来，线宽与金额成正比。' : '已返回全部关系。');
}

function taskFact(edge) {
  const unit = view.nodeData(edge.source);
  return { ...edge, direction: 'IN', node: unit };
}

function buildFilters() {
  const relations = document.getElementById('relation-filters');
  Object.entries(RELATION_TYPES).forEach(([type, { label, color }]) => {
    relations.append(checkbox(label, color, `relation-${type}`, (on) => view.setRelationHidden(type, !on)));
  });
  const types = document.getElementById('type-filters');
  Object.entries(ENTITY_TYPES).forEach(([type, { label, color }]) => {
    types.append(checkbox(label, color, `type-${type}`, (on) => {
      view.setTypeHidden(type, !on);
      if (type === 'TASK') {
        return;
      }
      if (on) {
        searchTypes.add(type);
      }
      else {
        searchTypes.delete(type);
      }
    }));
  });
}

function buildPlaceTimeFilters() {
  provinceFilter.addEventListener('change', () => view.setProvince(provinceFilter.value || null));
  yearFilter.addEventListener('change', () => view.setYear(yearFilter.value ? Number(yearFilter.value) : null));
  colourByProvince.addEventListener('change', () => {
    view.setColourByProvince(colourByProvince.checked);
    refreshPlaceTimeFilters();
  });
}

/** Offers the provinces and years on the canvas, keeping the current choice, and draws the province legend. */
function refreshPlaceTimeFilters() {
  const provinces = view.provinces();
  fillSelect(provinceFilter, provinces.map((p) => p.name));
  fillSelect(yearFilter, view.years().map(String));
  provinceLegend.hidden = !colourByProvince.checked;
  provinceLegend.replaceChildren(...provinces.map(({ name, color }) => {
    const entry = document.createElement('span');
    entry.className = 'legend-entry';
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = color;
    entry.append(swatch, name);
    return entry;
  }));
}

function fillSelect(select, values) {
  const chosen = select.value;
  const all = select.options[0];
  select.replaceChildren(all, ...values.map((value) => new Option(value, value)));
  // A choice stays even when the canvas no longer holds it (after 清空), so the filter never changes by itself.
  if (chosen && !values.includes(chosen)) {
    select.append(new Option(chosen, chosen));
  }
  select.value = chosen;
}

function checkbox(label, color, id, onChange) {
  const wrapper = document.createElement('label');
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.checked = true;
  input.id = id;
  input.addEventListener('change', () => onChange(input.checked));
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = color;
  wrapper.append(input, swatch, label);
  return wrapper;
}

function say(message) {
  status.classList.remove('error');
  status.textContent = message;
}

function showError(error) {
  status.classList.add('error');
  status.textContent = `出错了：${error.message}`;
}
