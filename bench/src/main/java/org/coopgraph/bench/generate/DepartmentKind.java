package org.coopgraph.bench.generate;

import java.util.List;

/**
 * A standard body of a city or county government or party committee: its name after the place, and the abbreviation
 * documents write.
 *
 * @param stem full name after the place, for example 发展和改革委员会
 * @param abbreviation short form after the place, for example 发改委
 * @param party whether it is a party body, named 中共{place}委{stem}
 */
record DepartmentKind(String stem, String abbreviation, boolean party) {

	/** The bodies every city and county has, most commonly named first. */
	static final List<DepartmentKind> STANDARD = List.of(gov("发展和改革委员会", "发改委"), gov("财政局", "财政局"),
			gov("工业和信息化局", "工信局"), gov("商务局", "商务局"), gov("农业农村局", "农业农村局"),
			gov("人力资源和社会保障局", "人社局"), gov("教育局", "教育局"), gov("卫生健康委员会", "卫健委"),
			gov("科学技术局", "科技局"), gov("住房和城乡建设局", "住建局"), gov("交通运输局", "交通局"),
			gov("自然资源和规划局", "资规局"), gov("生态环境局", "环保局"), gov("文化广电和旅游局", "文广旅局"),
			gov("民政局", "民政局"), gov("水利局", "水利局"), gov("市场监督管理局", "市场监管局"),
			gov("国有资产监督管理委员会", "国资委"), gov("应急管理局", "应急局"), gov("退役军人事务局", "退役军人局"),
			gov("医疗保障局", "医保局"), gov("地方金融监督管理局", "金融监管局"), gov("审计局", "审计局"),
			gov("统计局", "统计局"), gov("体育局", "体育局"), gov("公安局", "公安局"), gov("司法局", "司法局"),
			gov("城市管理局", "城管局"), gov("数据局", "数据局"), gov("行政审批局", "行政审批局"),
			gov("人民政府办公室", "政府办"), gov("外事办公室", "外办"), gov("民族宗教事务局", "民宗局"),
			gov("供销合作总社", "供销社"), gov("住房公积金管理中心", "公积金中心"), gov("信访局", "信访局"),
			party("组织部", "委组织部"), party("宣传部", "委宣传部"), party("统一战线工作部", "委统战部"),
			party("政法委员会", "委政法委"), party("机构编制委员会办公室", "编办"));

	private static DepartmentKind gov(String stem, String abbreviation) {
		return new DepartmentKind(stem, abbreviation, false);
	}

	private static DepartmentKind party(String stem, String abbreviation) {
		return new DepartmentKind(stem, abbreviation, true);
	}

	/** The canonical name of this body of {@code place} (a full division name). */
	String nameAt(String place) {
		if (!this.party) {
			return place + this.stem;
		}
		// A county's party committee is written 县委 after the county name (洋县县委); others add 委.
		return "中共" + place + (place.endsWith("县") ? "县委" : "委") + this.stem;
	}

	/** The short form documents use, for example 无锡市发改委. */
	String aliasAt(String place) {
		return place + this.abbreviation;
	}

}
