// The search box: suggestions from GraphQL search as the user types (Chinese input methods included), chosen with
// the mouse or the arrow keys and Enter.

import { graphql, SEARCH } from './graphql.js';
import { ENTITY_TYPES } from './vocabulary.js';

const DELAY_MS = 150;

export class SearchBox {
  constructor(input, list, { onChoose, types, onError }) {
    this.input = input;
    this.list = list;
    this.onChoose = onChoose;
    this.types = types;
    this.onError = onError;
    this.items = [];
    this.active = -1;
    this.sequence = 0;
    this.composing = false;
    // While an input method is composing (pinyin → 汉字), the text is not final: wait for compositionend.
    input.addEventListener('compositionstart', () => { this.composing = true; });
    input.addEventListener('compositionend', () => { this.composing = false; this.schedule(); });
    input.addEventListener('input', () => { if (!this.composing) this.schedule(); });
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.suggest(), DELAY_MS);
  }

  async suggest() {
    const text = this.input.value.trim();
    const sequence = ++this.sequence;
    if (!text) {
      this.close();
      return;
    }
    try {
      const types = this.types();
      const data = await graphql(SEARCH, { text, types: types.length ? types : null, first: 10 });
      if (sequence === this.sequence) {
        this.render(data.search);
      }
    }
    catch (error) {
      this.onError(error);
    }
  }

  render(entities) {
    this.items = entities;
    this.active = entities.length ? 0 : -1;
    this.list.replaceChildren();
    entities.forEach((entity, index) => {
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.dataset.name = entity.name;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = entity.name;
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = ENTITY_TYPES[entity.type]?.label ?? entity.type;
      badge.style.background = ENTITY_TYPES[entity.type]?.color ?? '#8a94a6';
      item.append(name, badge);
      const others = (entity.aliases || []).filter((a) => a !== entity.name);
      if (others.length) {
        const aliases = document.createElement('span');
        aliases.className = 'aliases';
        aliases.textContent = others.slice(0, 4).join('、');
        item.append(aliases);
      }
      // mousedown, not click: it fires before the input's blur closes the list.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.choose(index);
      });
      this.list.append(item);
    });
    if (!entities.length) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = '没有匹配的实体';
      this.list.append(empty);
    }
    this.highlight();
    this.list.hidden = false;
  }

  onKey(event) {
    if (this.list.hidden || !this.items.length) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.items.length) % this.items.length;
      this.highlight();
    }
    else if (event.key === 'Enter' && !event.isComposing) {
      event.preventDefault();
      this.choose(this.active);
    }
    else if (event.key === 'Escape') {
      this.close();
    }
  }

  highlight() {
    [...this.list.children].forEach((child, index) => child.setAttribute('aria-selected', String(index === this.active)));
  }

  choose(index) {
    const entity = this.items[index];
    if (!entity) {
      return;
    }
    this.input.value = entity.name;
    this.close();
    this.onChoose(entity);
  }

  close() {
    this.list.hidden = true;
  }
}
