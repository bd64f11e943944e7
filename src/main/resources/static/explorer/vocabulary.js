// Display names and colours of the graph's entity and relation types; the colours match the Neo4j Browser style
// (/browser/style.grass) so both views read the same way.

export const ENTITY_TYPES = {
  PROVINCE: { label: '省', color: '#2A5599' },
  CITY: { label: '市', color: '#4C8EDA' },
  COUNTY: { label: '县区', color: '#23B3D7' },
  TOWN: { label: '镇街', color: '#5DB665' },
  VILLAGE: { label: '村社区', color: '#9DBF3C' },
  PARK: { label: '园区', color: '#F36924' },
  ENTERPRISE: { label: '企业', color: '#CC3C6C' },
  DEPARTMENT: { label: '部门', color: '#D7A013' },
  ORGANIZATION: { label: '机构', color: '#B261A5' },
  PROJECT: { label: '项目', color: '#447666' },
  TASK: { label: '任务', color: '#EB2728' },
};

export const RELATION_TYPES = {
  PAIRS_WITH: { label: '结对', color: '#4C8EDA' },
  FUNDS: { label: '资金支持', color: '#E0A030' },
  CO_BUILDS: { label: '共建', color: '#F36924' },
  LOCATED_IN: { label: '位于', color: '#5DB665' },
  LEADS: { label: '牵头', color: '#EB2728' },
  CO_RESPONSIBLE: { label: '共同责任', color: '#F5A3A3' },
  RESPONSIBLE_FOR: { label: '负责', color: '#F16667' },
};

export function typeOf(node) {
  return node.type || 'TASK';
}

/** Amounts as Chinese documents write them: 亿元 and 万元 above those units, plain 元 below. */
export function formatCny(amount) {
  if (amount == null) {
    return '';
  }
  if (amount >= 1e8) {
    return `${trim(amount / 1e8)}亿元`;
  }
  if (amount >= 1e4) {
    return `${trim(amount / 1e4)}万元`;
  }
  return `${trim(amount)}元`;
}

function trim(value) {
  return Number(value.toFixed(2)).toString();
}
