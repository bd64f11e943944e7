package org.coopgraph.bench.generate;

import java.util.List;

/** Words generated names are built from, so that names read like those in real cooperation documents. */
final class NamePools {

	static final List<String> FIRM_WORDS = List.of("华", "新", "恒", "通", "盛", "源", "泰", "达", "润", "丰", "瑞", "鑫", "宏",
			"安", "鼎", "汇", "金", "利", "海", "天", "中", "宇", "博", "嘉", "信", "诚", "力", "昌", "远", "联", "凯", "德", "兴",
			"晟", "科", "创", "明", "永", "佳", "卓");

	static final List<String> INDUSTRIES = List.of("科技", "新材料", "电子", "机械", "纺织", "食品", "农业发展", "物流", "医药",
			"光电", "能源", "化工", "建设", "环保", "生物", "智能装备", "汽车零部件", "包装", "服饰", "家居", "数据", "文化旅游", "电商",
			"冷链", "水产", "茶业", "建材", "精密制造", "新能源", "半导体");

	static final List<String> PARK_KINDS = List.of("合作产业园", "共建工业园", "科技产业园", "现代农业产业园", "南北合作园区",
			"高新技术产业园", "共建园区", "数字经济产业园");

	static final List<String> ORGANIZATION_KINDS = List.of("人民医院", "中医院", "妇幼保健院", "实验小学", "中学", "高级中学",
			"职业技术学校", "卫生院", "中心小学", "工商业联合会", "科学技术协会", "农业科学研究所");

	static final List<String> PROJECT_KINDS = List.of("标准厂房建设", "高标准农田建设", "农村饮水安全提升", "乡村振兴示范村建设",
			"冷链物流中心", "分布式光伏发电", "污水处理厂扩建", "职业技能培训基地", "电商服务中心", "农村道路提升", "文旅融合示范",
			"特色农产品加工", "智慧医疗协作", "教育资源共享平台", "产业园基础设施建设", "人才公寓");

	static final List<String> TASK_VERBS = List.of("推进", "加快推进", "协调推动", "组织实施", "全力保障", "督促落实", "做好",
			"持续推进");

	private static final String[] DIGITS = { "", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private NamePools() {
	}

	/** Chinese numeral for 1 to 99, as in 第二十三中学. */
	static String numeral(int n) {
		if (n < 10) {
			return DIGITS[n];
		}
		return ((n / 10 == 1) ? "" : DIGITS[n / 10]) + "十" + DIGITS[n % 10];
	}

}
