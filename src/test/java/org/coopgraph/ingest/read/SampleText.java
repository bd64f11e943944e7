package org.coopgraph.ingest.read;

/**
 * Chinese text written for these tests in the style of a cooperation plan. It mixes
 * GB2312 characters, characters only GBK or GB18030 can encode (镕, 䶮, 𠮷), full-width
 * punctuation, ASCII digits and the symbols official documents use.
 */
final class SampleText {

	static final String PLAN = """
			无锡市与连云港市南北结对帮扶合作2023年工作要点
			一、总体要求
			坚持“政府引导、市场运作、优势互补、合作共赢”，推动两地产业协作、园区共建。
			二、重点任务
			（一）共建锡连工业园区。牵头单位：市发展改革委、市工信局；完成时限：2023年12月底前。
			（二）深化劳务协作，全年培训①500人次；室温≥25℃时启用降温措施。
			（三）人才交流：选派干部10名，专项资金3,000万元（含Ⅱ类项目）。
			生僻字：镕、䶮、𠮷。
			""";

	private SampleText() {
	}

}
