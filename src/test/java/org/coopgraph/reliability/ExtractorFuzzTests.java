package org.coopgraph.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.document.DocumentExtractor;
import org.coopgraph.extract.model.DocumentExtraction;
import org.coopgraph.extract.model.ExtractionState;
import org.coopgraph.support.TripwireStage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.support.TripwireStage.TRIPWIRE;

/**
 * Feeds the extractor generated documents built from the pieces real ones are made of (numbering, brackets,
 * responsibility clauses, place and unit names, amounts) recombined at random, plus pathological inputs. Every
 * document must give a complete result (possibly empty) within a time bound: the extractor does not throw, but a
 * section whose rules throw makes the result partial or failed, and that is what these tests look for. A pipeline
 * with a stage that throws on purpose checks the accounting itself: exactly the sections that threw are reported,
 * with their character range and the error.
 */
class ExtractorFuzzTests {

	private static final Duration PER_DOCUMENT = Duration.ofSeconds(3);

	/**
	 * How much slower than an ordinary document of the same length a pathological one may be. Measured against a
	 * baseline in the same run, so the bound catches super-linear rules, not a busy machine.
	 */
	private static final int SLOWER_THAN_ORDINARY = 10;

	private static final Duration BUDGET = Duration.ofSeconds(20);

	private static final List<String> PIECES = List.of("一、", "二、", "（一）", "1．", "2.", "3、", "（1）", "①", "责任单位：",
			"牵头单位：", "共同责任单位", "完成时间：", "（", "）", "〔", "〕", "【", "】", "：", "，", "。", "、", "；", "\n", "\n\n",
			" ", "\t", "市发改委", "市财政局", "县政府", "无锡", "连云港市", "苏州工业园区", "黄家营镇", "三岔村", "结对帮扶", "对口协作", "共建",
			"5.6亿元", "140万元", "累计", "—", "与", "6月底前", "年底前", "第二季度", "序号", "目标任务", "各县区", "编辑：", "审核：",
			"2023年", "%", "《", "》", "\u0000", "\uFFFD", "\uD800", "a", "Z", "0", "９");

	private static final Pattern RANGE = Pattern.compile("^characters (\\d+)-(\\d+) not extracted: "
			+ "IllegalStateException: tripwire in (\\S+)");

	private final DocumentExtractor extractor = new DocumentExtractor();

	private final DocumentExtractor sabotaged = TripwireStage.extractor();

	@Test
	void randomDocumentsAreCompletelyExtractedInTime() {
		SplittableRandom random = new SplittableRandom(20261123L);
		long deadline = System.nanoTime() + BUDGET.toNanos();
		int documents = 0;
		while (System.nanoTime() < deadline && documents < 5_000) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(1, 400);
			for (int i = 0; i < length; i++) {
				text.append(PIECES.get(random.nextInt(PIECES.size())));
			}
			extractWithinBound("fuzz-" + documents + ".txt", text.toString());
			documents++;
		}
		assertThat(documents).isGreaterThan(100);
	}

	@Test
	void aSectionThatThrowsMarksItsDocumentFailedWithTheReason() {
		SplittableRandom random = new SplittableRandom(20261206L);
		int tripped = 0;
		for (int documents = 0; documents < 2_000; documents++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(1, 200);
			for (int i = 0; i < length; i++) {
				text.append(random.nextInt(50) == 0 ? TRIPWIRE : PIECES.get(random.nextInt(PIECES.size())));
			}
			String name = "fuzz-" + documents + ".txt";
			DocumentExtraction extraction = this.sabotaged.extract(name, text.toString());
			if (text.indexOf(TRIPWIRE) >= 0) {
				tripped++;
				assertThat(extraction.state()).as(name).isEqualTo(ExtractionState.FAILED);
				assertThat(extraction.problems()).as(name)
					.singleElement()
					.asString()
					.startsWith("characters 0-" + text.length() + " not extracted: IllegalStateException: tripwire");
			}
			else {
				assertThat(extraction.state()).as(name).isEqualTo(ExtractionState.COMPLETE);
				assertThat(extraction.problems()).as(name).isEmpty();
			}
		}
		assertThat(tripped).isGreaterThan(100);
	}

	@Test
	void aLongDocumentIsPartlyExtractedWhenOneSectionThrowsAndTheRangeNamesIt() {
		String paragraph = "推进两地产业合作，深化交流。\n\n";
		String text = paragraph.repeat(100_000) + "召开会议" + TRIPWIRE + "\n\n" + paragraph.repeat(100_000);
		int tripwireAt = text.indexOf(TRIPWIRE);

		DocumentExtraction partly = this.sabotaged.extract("long.txt", text);

		assertThat(partly.state()).isEqualTo(ExtractionState.PARTIAL);
		assertThat(partly.problems()).singleElement().satisfies((problem) -> {
			Matcher range = RANGE.matcher(problem);
			assertThat(range.find()).as(problem).isTrue();
			assertThat(Integer.parseInt(range.group(1))).isLessThanOrEqualTo(tripwireAt);
			assertThat(Integer.parseInt(range.group(2))).isGreaterThan(tripwireAt);
		});

		DocumentExtraction failed = this.sabotaged.extract("all.txt", (paragraph + TRIPWIRE).repeat(200_000));
		assertThat(failed.state()).isEqualTo(ExtractionState.FAILED);
		assertThat(failed.problems()).hasSizeGreaterThan(1).allMatch((problem) -> RANGE.matcher(problem).find());
	}

	@Test
	void pathologicalDocumentsGiveHonestResults() {
		List<String> inputs = new ArrayList<>();
		inputs.add("");
		inputs.add("\n\n\n");
		inputs.add("（责任单位：市发改委，完成时间：".repeat(2_000));
		inputs.add("（".repeat(50_000) + "）".repeat(10));
		inputs.add("无锡".repeat(300_000));
		inputs.add("1．" + "召开会议".repeat(100_000) + "（责任单位：市发改委）");
		inputs.add("\uD800\uDC00\uDBFF".repeat(10_000));
		inputs.add("一、\n".repeat(20_000));
		SplittableRandom random = new SplittableRandom(20261206L);
		for (int i = 0; i < inputs.size(); i++) {
			String text = inputs.get(i);
			Duration ordinary = timed("ordinary.txt", ordinaryText(random, text.length())).took();
			Duration bound = PER_DOCUMENT.plus(ordinary.multipliedBy(SLOWER_THAN_ORDINARY));
			DocumentExtraction extraction = extractWithin("pathological-" + i + ".txt", text, bound);
			assertThat(extraction.doc()).isEqualTo("pathological-" + i + ".txt");
		}
	}

	/** Random pieces of real documents, cut to the given length. */
	private static String ordinaryText(SplittableRandom random, int length) {
		StringBuilder text = new StringBuilder(length + 16);
		while (text.length() < length) {
			text.append(PIECES.get(random.nextInt(PIECES.size())));
		}
		text.setLength(length);
		return text.toString();
	}

	private DocumentExtraction extractWithinBound(String name, String text) {
		return extractWithin(name, text, PER_DOCUMENT);
	}

	private DocumentExtraction extractWithin(String name, String text, Duration bound) {
		TimedExtraction timed = timed(name, text);
		DocumentExtraction extraction = timed.extraction();
		assertThat(timed.took()).as("extraction time of %s (%d chars)", name, text.length()).isLessThan(bound);
		assertThat(extraction.problems()).as("sections of %s that could not be extracted", name).isEmpty();
		assertThat(extraction.state()).as("extraction of %s", name).isEqualTo(ExtractionState.COMPLETE);
		return extraction;
	}

	private TimedExtraction timed(String name, String text) {
		long started = System.nanoTime();
		DocumentExtraction extraction = this.extractor.extract(name, text);
		return new TimedExtraction(extraction, Duration.ofNanos(System.nanoTime() - started));
	}

	private record TimedExtraction(DocumentExtraction extraction, Duration took) {
	}

}
