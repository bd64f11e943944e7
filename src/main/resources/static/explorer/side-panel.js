// The side panel: who or what is selected, its aliases, and every loaded fact with its provenance (document and
// evidence sentence, the selected entity's names marked in the sentence).

import { highlightedSentence } from './evidence.js';
import { ENTITY_TYPES, RELATION_TYPES, formatCny } from './vocabulary.js';

export class SidePanel {
  constructor(element, { onOpen }) {
    this.element = element;
    this.onOpen = onOpen;
  }

  showEntity(entity, facts) {
    const terms = [entity.name, ...(entity.aliases || [])];
    const title = heading(entity.name, entity.type);
    if (entity.province) {
      title.append(el('span', 'province', entity.province.name));
    }
    this.element.replaceChildren(
      title,
      section('别名', aliasList(entity.aliases || [])),
      section(`事实与出处（${facts.length}）`, this.factList(facts, terms)),
    );
  }

  showTask(task, facts) {
    const text = el('p', 'task-text', task.text || task.name);
    const deadline = el('p', 'source', `完成时限：${task.deadline || '未写明'} · 文件：${task.document || ''}`);
    this.element.replaceChildren(heading(task.name, 'TASK'), text, deadline,
        section(`责任单位（${facts.length}）`, this.factList(facts, [])));
  }

  showMessage(message) {
    this.element.replaceChildren(el('p', 'hint', message));
  }

  factList(facts, terms) {
    const list = el('ul', 'facts');
    for (const fact of facts) {
      const item = el('li', 'fact');
      const head = el('div', 'head');
      const relation = RELATION_TYPES[fact.type]?.label ?? fact.type;
      head.append(el('span', 'relation', `${fact.direction === 'IN' ? '←' : '→'} ${relation}`));
      const other = el('button', 'other', fact.node.name);
      other.type = 'button';
      other.title = fact.node.type ? '展开这个实体' : '查看这个任务';
      other.addEventListener('click', () => this.onOpen(fact.node));
      head.append(other);
      if (fact.amountCny != null) {
        head.append(el('span', 'amount', formatCny(fact.amountCny)));
      }
      if (fact.year != null) {
        head.append(el('span', 'year', `${fact.year}年`));
      }
      item.append(head);
      if (fact.evidence) {
        const quote = el('blockquote', 'evidence');
        quote.append(highlightedSentence(fact.evidence, terms));
        item.append(quote);
      }
      const where = fact.start != null ? `，第 ${fact.start}–${fact.end} 字` : '';
      item.append(el('div', 'source', `出处：${fact.document || '未知文件'}${where}`));
      list.append(item);
    }
    if (facts.length === 0) {
      list.append(el('li', 'hint', '没有已载入的事实。'));
    }
    return list;
  }
}

function heading(name, type) {
  const wrapper = document.createElement('div');
  const title = el('h2', null, name);
  const badge = el('span', 'badge', ENTITY_TYPES[type]?.label ?? type);
  badge.style.background = ENTITY_TYPES[type]?.color ?? '#8a94a6';
  wrapper.append(title, badge);
  return wrapper;
}

function aliasList(aliases) {
  const list = el('ul', 'aliases-list');
  aliases.forEach((alias) => list.append(el('li', null, alias)));
  if (aliases.length === 0) {
    list.append(el('li', 'hint', '无'));
  }
  return list;
}

function section(title, content) {
  const fragment = document.createDocumentFragment();
  fragment.append(el('h3', null, title), content);
  return fragment;
}

function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) {
    element.className = className;
  }
  if (text != null) {
    element.textContent = text;
  }
  return element;
}
