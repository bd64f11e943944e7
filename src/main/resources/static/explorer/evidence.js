// Builds the evidence sentence as DOM nodes with every mention of the entity (canonical name or alias) marked.
// Text nodes only, never innerHTML: evidence comes from documents and is not trusted markup.

export function highlightedSentence(sentence, terms) {
  const fragment = document.createDocumentFragment();
  const words = [...new Set(terms.filter((t) => t && t.length > 0))].sort((a, b) => b.length - a.length);
  if (!sentence || words.length === 0) {
    fragment.append(sentence || '');
    return fragment;
  }
  // Longest first, so 连云港市 is marked whole rather than as 连云港 plus 市.
  const pattern = new RegExp(words.map(escape).join('|'), 'g');
  let last = 0;
  for (const match of sentence.matchAll(pattern)) {
    fragment.append(sentence.slice(last, match.index));
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    fragment.append(mark);
    last = match.index + match[0].length;
  }
  fragment.append(sentence.slice(last));
  return fragment;
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
