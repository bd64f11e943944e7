package org.coopgraph.extract.document;

import java.util.List;

/**
 * Generates a long cooperation work plan of any length: an issuer and title, then chapters of numbered tasks with
 * responsible units and deadlines, separated by paragraphs of narrative that name places, parks, firms and funding.
 * Every chapter differs (places, amounts, counts and deadlines vary with its number), so the text does not collapse
 * to a few repeated facts.
 */
final class LargePlanText {

	private static final List<String> CITIES = List.of("南京市", "淮安市", "常州市", "盐城市", "镇江市", "泰州市", "扬州市",
			"宿迁市", "徐州市", "南通市");

	private static final List<String> COUNTIES = List.of("盱眙县", "涟水县", "射阳县", "建湖县", "滨海县", "阜宁县", "沭阳县",
			"泗洪县", "泗阳县", "丰县");

	private static final List<String> UNITS = List.of("市发改委", "市商务局", "市财政局", "市教育局", "市卫健委", "市人社局",
			"市农业农村局", "市工信局", "市科技局", "市交通局", "市住建局", "市文广旅局");

	private static final List<String> DEADLINES = List.of("3月底前", "6月底前", "9月底前", "11月底前", "12月底前", "全年");

	private static final List<String> TRADES = List.of("智能制造", "新能源", "生物医药", "现代物流", "电子信息", "绿色食品",
			"新材料", "高端装备");

	private static final String[] NUMERALS = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

	private LargePlanText() {
	}

	/** A plan at least {@code chars} characters long. */
	static String of(int chars) {
		StringBuilder text = new StringBuilder(chars + 4096);
		text.append("淮安市人民政府办公室\n\n南京淮安南北结对帮扶合作工作方案\n\n");
		for (int chapter = 0; text.length() < chars; chapter++) {
			appendChapter(text, chapter);
		}
		return text.toString();
	}

	private static void appendChapter(StringBuilder text, int n) {
		String city = pick(CITIES, n);
		String county = pick(COUNTIES, n / 3);
		String trade = pick(TRADES, n / 7);
		text.append(NUMERALS[n % NUMERALS.length]).append("、深化").append(trade).append("领域合作（第").append(n + 1)
			.append("部分）\n");
		text.append("  ").append(city).append("与").append(county).append("围绕").append(trade).append("产业开展协作，")
			.append("两地合作共建的").append(county, 0, 2).append(trade).append("产业园已累计引进项目").append(10 + n % 40)
			.append("个，完成投资").append(5 + n % 90).append("亿元。今年安排帮扶资金").append(500 + n % 700)
			.append("万元，重点支持园区道路、标准厂房和污水处理设施建设，推动产业链上下游企业集聚。\n\n");
		for (int task = 1; task <= 6; task++) {
			int k = n * 6 + task;
			text.append(task).append("．").append(taskText(k, city, county, trade)).append("（牵头单位：")
				.append(pick(UNITS, k)).append("；责任单位：").append(pick(UNITS, k + 1)).append("、").append(county)
				.append("，完成时间：").append(pick(DEADLINES, k)).append("）\n");
		}
		text.append("\n  工作中，各责任单位要加强统筹协调，建立定期会商和信息报送制度，及时研究解决合作中遇到的困难和问题，")
			.append("确保各项任务按时完成。对进展缓慢的事项，由").append(pick(UNITS, n + 5)).append("会同有关部门督促推进，")
			.append("每季度通报一次进展情况。\n\n");
	}

	private static String taskText(int k, String city, String county, String trade) {
		return switch (k % 4) {
			case 0 -> "组织" + city + trade + "企业赴" + county + "开展投资考察活动不少于" + (2 + k % 9) + "次。";
			case 1 -> "推动" + county + "与" + city + "共建" + trade + "人才实训基地，培训技术工人" + (50 + k % 300) + "名。";
			case 2 -> "落实年度帮扶资金" + (100 + k % 900) + "万元，支持" + county + "农村公路和供水工程建设。";
			default -> "举办" + trade + "产业招商推介会，签约项目" + (3 + k % 12) + "个。";
		};
	}

	private static String pick(List<String> values, int i) {
		return values.get(Math.floorMod(i, values.size()));
	}

}
