import Testing

@testable import ReportKit

@Suite struct HumanNumberTests {
    @Test func plainIsExactWithoutExponentOrTrailingZero() {
        #expect(HumanNumber.plain(46_800_000) == "46800000")
        #expect(HumanNumber.plain(0.5) == "0.5")
        #expect(HumanNumber.plain(-3) == "-3")
        #expect(HumanNumber.plain(0) == "0")
        #expect(HumanNumber.plain(-0.0) == "0")
        #expect(HumanNumber.plain(0.00001) == "0.00001")
        #expect(HumanNumber.plain(1.5e-7) == "0.00000015")
        #expect(HumanNumber.plain(1e20) == "100000000000000000000")
        #expect(HumanNumber.plain(1.25e17) == "125000000000000000")
        #expect(HumanNumber.plain(26_193_500.5) == "26193500.5")
        #expect(HumanNumber.plain(0.1 + 0.2) == "0.30000000000000004")
        #expect(HumanNumber.plain(-123.456) == "-123.456")
    }

    @Test func plainNamesNonFiniteValues() {
        #expect(HumanNumber.plain(.nan) == "nan")
        #expect(HumanNumber.plain(.infinity) == "inf")
        #expect(HumanNumber.plain(-.infinity) == "-inf")
    }

    @Test func plainRoundTrips() {
        for value in [0.1, 1.0 / 3.0, 123_456.789, 1e-300, .greatestFiniteMagnitude, 4680.35] {
            #expect(Double(HumanNumber.plain(value)) == value)
        }
    }

    @Test func exactFiguresTakeTheLargestMagnitude() {
        #expect(HumanNumber.format(value: 46_800_000, unit: "元") == "4,680万元")
        #expect(HumanNumber.format(value: 1_730_000_000, unit: "元") == "17.3亿元")
        #expect(HumanNumber.format(value: 12_000, unit: "人次") == "1.2万人次")
        #expect(HumanNumber.format(value: 26_193_500, unit: "元") == "2,619.35万元")
        #expect(HumanNumber.format(value: 188_700, unit: "人") == "18.87万人")
        #expect(HumanNumber.format(value: 10_000, unit: "人") == "1万人")
        #expect(HumanNumber.format(value: 123_400_000_000, unit: "元") == "1,234亿元")
        #expect(HumanNumber.format(value: -46_800_000, unit: "元") == "-4,680万元")
    }

    @Test func smallFiguresKeepTheirDigits() {
        #expect(HumanNumber.format(value: 12_257, unit: "件") == "12,257件")
        #expect(HumanNumber.format(value: 9_576, unit: "平方米") == "9,576平方米")
        #expect(HumanNumber.format(value: 3_300, unit: "") == "3,300")
        #expect(HumanNumber.format(value: 30, unit: "次") == "30次")
        #expect(HumanNumber.format(value: 0, unit: "个") == "0个")
        #expect(HumanNumber.format(value: 12_345.678, unit: "") == "12,345.68")
        #expect(HumanNumber.format(value: 0.005, unit: "") == "0.005")
        #expect(HumanNumber.format(value: 0.05, unit: "") == "0.05")
        #expect(HumanNumber.format(value: -0.001, unit: "") == "-0.001")
        #expect(HumanNumber.format(value: 0.0005, unit: "") == "0.0005")
        #expect(HumanNumber.format(value: 0.039885, unit: "") == "0.0399")
        #expect(HumanNumber.format(value: 0.0005, unit: "%") == "0.0005%")
        #expect(HumanNumber.format(value: 999_999.5, unit: "元") == "999,999.5元")
    }

    @Test func from1亿FiguresAreIn亿AndBySizeEveryFigureFrom1万TakesAMagnitude() {
        #expect(HumanNumber.format(value: 3_541_361_800, unit: "元", lowerBound: true) == "≥35.41亿元")
        #expect(HumanNumber.format(value: 1_173_361_800, unit: "元") == "11.73亿元")
        #expect(HumanNumber.format(value: 386_504, unit: "人") == "386,504人")
        #expect(HumanNumber.format(value: 386_504, unit: "人", bySize: true) == "38.65万人")
        #expect(HumanNumber.format(value: 9_576, unit: "人", bySize: true) == "9,576人")
    }

    @Test func inexactLargeFiguresAreRoundedToTwoDecimalsOfTheMagnitude() {
        #expect(HumanNumber.format(value: 123_456_789, unit: "元") == "1.23亿元")
        #expect(HumanNumber.format(value: 1_234_567, unit: "元") == "123.46万元")
        #expect(HumanNumber.format(value: 99_999_999, unit: "元") == "1亿元")
        #expect(HumanNumber.format(value: 46_800_000.0000001, unit: "元") == "4,680万元")
    }

    @Test func percentagesNeverTakeAMagnitude() {
        #expect(HumanNumber.format(value: 90, unit: "%") == "90%")
        #expect(HumanNumber.format(value: 21.2, unit: "%") == "21.2%")
        #expect(HumanNumber.format(value: 12_000, unit: "%") == "12,000%")
        #expect(HumanNumber.format(value: 3.5, unit: "‰") == "3.5‰")
    }

    @Test func unitsAreKeptAsWritten() {
        #expect(HumanNumber.format(value: 595_000, unit: "") == "59.5万")
        #expect(HumanNumber.format(value: 796, unit: "元/月") == "796元/月")
        #expect(HumanNumber.format(value: 12_000, unit: "元/月") == "1.2万元/月")
    }

    @Test func lowerBoundsAreMarked() {
        #expect(HumanNumber.format(value: 46_800_000, unit: "元", lowerBound: true) == "≥4,680万元")
    }

    @Test func nonFiniteValuesAreNamed() {
        #expect(HumanNumber.format(value: .infinity, unit: "元") == "inf元")
    }

    @Test func quantitiesWithMoreShowYuBeforeTheMagnitude() {
        #expect(Quantity(value: 30, unit: "次", approximation: .more).humanDescription == "30余次")
        #expect(Quantity(value: 5_000_000, unit: "元", approximation: .more).humanDescription == "500余万元")
    }

    @Test func quantitiesWithAboutArePrefixed() {
        #expect(Quantity(value: 200_000, unit: "元", approximation: .about).humanDescription == "约20万元")
        #expect(Quantity(value: 46_800_000, unit: "元").humanDescription == "4,680万元")
    }

    @Test func rangesJoinBothEndsWithAnEmDash() {
        #expect(Quantity(value: 5, high: 5.5, unit: "%").humanDescription == "5%—5.5%")
        #expect(Quantity(value: 3, high: 5, unit: "个").humanDescription == "3—5个")
        #expect(Quantity(value: 12_000, high: 15_000, unit: "元").humanDescription == "1.2万—1.5万元")
        #expect(Quantity(value: 3, high: 5, unit: "个", approximation: .about).humanDescription == "约3—5个")
    }

    @Test func lowerBoundReplacesTheApproximationMark() {
        let total = Quantity(value: 46_800_000, unit: "元", approximation: .more)
        #expect(total.humanDescription(lowerBound: true) == "≥4,680万元")
    }
}
