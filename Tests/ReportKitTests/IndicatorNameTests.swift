import Testing

@testable import ReportKit

/// The indicator name is read on bytes for plain text and on `Character`s otherwise, with the same
/// results: words are dropped in list order, and only while more than one character is left.
@Suite struct IndicatorNameTests {
    @Test("Plain subjects lose their place, time and verb words, then synonyms merge")
    func plainSubjects() {
        #expect(IndicatorName.of("全市GDP") == "地区生产总值")
        #expect(IndicatorName.of("全年全区地区生产总值预计完成") == "地区生产总值")
        #expect(IndicatorName.of("全区完成") == "完成")
        #expect(IndicatorName.of("我市实现增长") == "增长")
        #expect(IndicatorName.of("今年粮食产量达到") == "粮食产量")
        #expect(PlainText.stripped("全区粮食产量（万吨）达") == "粮食产量（万吨）")
    }

    @Test(
        "The byte reading gives what the Character reading gives",
        arguments: [
            "全区完成", "全区增长", "我市实现增长", "全自治区全年实现地区生产总值同比增长", "全区", "完成", "达",
            "全年GDP达到", "年内新增就业累计", "全市a完成", "上年共", "全省“菜篮子”工程完成",
        ])
    func bothReadingsAgree(subject: String) {
        #expect(PlainText.stripped(subject) == IndicatorName.strippedAsCharacters(subject))
    }

    @Test("A subject with a combining mark counts characters, not scalars")
    func combiningMarks() {
        #expect(PlainText.stripped("全区e\u{301}完成") == nil)
        // Three characters after 全区 (é is one), so 完成 is not dropped: one would be left.
        #expect(IndicatorName.of("全区e\u{301}完成") == "e\u{301}完成")
        #expect(IndicatorName.of("全区e\u{301}x完成") == "e\u{301}x")
    }
}
