package org.coopgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes generated work plans: short Chinese pairing plans with numbered tasks, responsible units and deadlines, each
 * different (cities, amounts, deadlines and a plan number vary with the index), about 1.5 KB each. Public for the
 * bench project, whose ingest benchmark ingests them.
 */
public final class WorkPlanCorpus {

	private static final List<String> CITIES = List.of("无锡市", "连云港市", "苏州市", "宿迁市", "南京市", "淮安市",
			"常州市", "盐城市", "镇江市", "泰州市", "徐州市", "南通市");

	private static final List<String> UNITS = List.of("市发改委", "市商务局", "市财政局", "市教育局", "市卫健委",
			"市人社局", "市农业农村局", "市文广旅局", "市工信局", "市科技局");

	private static final List<String> DEADLINES = List.of("3月底前", "6月底前", "9月底前", "10月底前", "11月底前",
			"12月底前", "全年");

	private WorkPlanCorpus() {
	}

	/** Writes {@code count} plans named {@code plan-0000.txt}... into {@code folder}. */
	public static void write(Path folder, int count) {
		write(folder, 0, count);
	}

	/** Writes the {@code count} plans numbered from {@code first} into {@code folder}. */
	public static void write(Path folder, int first, int count) {
		try {
			Files.createDirectories(folder);
			for (int i = first; i < first + count; i++) {
				Files.writeString(folder.resolve("plan-%04d.txt".formatted(i)), plan(i), StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String plan(int i) {
		String a = CITIES.get(i % CITIES.size());
		String b = CITIES.get((i / CITIES.size() + i + 1) % CITIES.size());
		if (a.equals(b)) {
			b = CITIES.get((i + 5) % CITIES.size());
		}
		StringBuilder text = new StringBuilder();
		text.append(a).append("与").append(b).append("结对帮扶合作").append(2020 + i % 6).append("年工作计划（第")
			.append(i + 1).append("号）\n");
		text.append("为深化").append(a).append("与").append(b).append("南北结对帮扶合作，推动两地协同发展，制定本计划。\n");
		text.append("一、产业合作\n");
		text.append("1．召开两市结对帮扶合作推进会，签订年度合作协议。（责任单位：").append(unit(i)).append("，完成时间：")
			.append(deadline(i)).append("）\n");
		text.append("2．").append(a).append("安排帮扶资金").append(1000 + i * 10).append("万元，支持").append(b)
			.append("共建产业园区建设。（责任单位：").append(unit(i + 1)).append("、").append(unit(i + 2))
			.append("，完成时间：").append(deadline(i + 1)).append("）\n");
		text.append("3．组织").append(a).append("企业赴").append(b).append("开展投资考察活动不少于").append(2 + i % 5)
			.append("次。（牵头单位：").append(unit(i + 3)).append("；责任单位：").append(unit(i + 4)).append("，完成时间：")
			.append(deadline(i + 2)).append("）\n");
		text.append("二、社会事业\n");
		text.append("1．推动两市教育系统结对交流，选派骨干教师").append(10 + i % 20).append("名。（责任单位：")
			.append(unit(i + 5)).append("，完成时间：").append(deadline(i + 3)).append("）\n");
		text.append("2．深化医疗卫生合作，开展专家义诊活动。（责任单位：").append(unit(i + 6)).append("，完成时间：")
			.append(deadline(i + 4)).append("）\n");
		text.append("3．组织劳务协作，帮助").append(100 + i).append("名农村劳动力转移就业。（责任单位：").append(unit(i + 7))
			.append("，完成时间：").append(deadline(i + 5)).append("）\n");
		text.append("三、保障措施\n");
		text.append("1．建立两市联席会议制度，定期通报工作进展。（责任单位：").append(unit(i + 8)).append("，完成时间：")
			.append(deadline(i + 6)).append("）\n");
		text.append("2．加强宣传报道，营造良好合作氛围。（责任单位：").append(unit(i + 9)).append("，完成时间：全年）\n");
		return text.toString();
	}

	private static String unit(int i) {
		return UNITS.get(i % UNITS.size());
	}

	private static String deadline(int i) {
		return DEADLINES.get(i % DEADLINES.size());
	}

}
