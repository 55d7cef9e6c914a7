/// The Python baseline of the end-to-end row (`EndToEndTiming`): a regex figure extractor such as
/// an analyst writes in an afternoon, answering the end-to-end query over the same folder. The
/// bench writes it to a scratch file and runs it with the `python3` on `PATH`.
enum PythonExtractor {
    /// The file name it is written under.
    static let fileName = "extract_figures.py"

    /// The program: reads every file (UTF-8, else GB18030), follows the city of each report from its
    /// speaker line, finds the figures of each sentence with a regex, leaves out the parts of a
    /// breakdown (其中…) and prints the total in 元 per city as CSV (`city,total`).
    static let source = #"""
        """A regex figure extractor, the Python baseline of tally-bench's end-to-end row.

        Reads every file of a folder (UTF-8, else GB18030), follows the city of each report from its
        speaker line ("合肥市人民政府副市长 刘卫宝"), finds every figure with its unit in each sentence
        (4680万元, 1.2万人次, 30余次, 5.5%), leaves out the parts of a breakdown (其中…), and prints the
        total in 元 per city, largest first: the answer of `measures | where unit == "元" | total by city`.
        """
        import os
        import re
        import sys

        SPEAKER = re.compile(r"^\s*(\S{1,8}?)(?:市|州|盟|县|区)(?:人民政府|政府|委|民政局)[^。，,；]*\s+\S{2,4}\s*$")
        SENTENCE = re.compile(r"[^。；！？\n]+")
        FIGURE = re.compile(
            r"(\d+(?:\.\d+)?)\s*(余|多)?(万亿|亿|万|千)?(余|多)?"
            r"(元|人次|人|户|个|家|张|所|次|项|名|件|处|平方米|公里|吨|床|%)"
        )
        SCALE = {None: 1.0, "千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}


        def read_text(path):
            with open(path, "rb") as file:
                data = file.read()
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode("gb18030", errors="replace")


        def figures(text):
            """(city, value, unit) for every figure of the text, city None before the first report."""
            city = None
            for line in text.splitlines():
                speaker = SPEAKER.match(line)
                if speaker:
                    city = speaker.group(1)
                    continue
                for sentence in SENTENCE.findall(line):
                    if "其中" in sentence:
                        sentence = sentence.split("其中", 1)[0]
                    for match in FIGURE.finditer(sentence):
                        number, _, scale, _, unit = match.groups()
                        yield city, float(number) * SCALE[scale], unit


        def main(folder):
            totals = {}
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                if not os.path.isfile(path):
                    continue
                for city, value, unit in figures(read_text(path)):
                    if city is not None and unit == "元":
                        totals[city] = totals.get(city, 0.0) + value
            print("city,total")
            for city, total in sorted(totals.items(), key=lambda item: -item[1]):
                print(f"{city},{total:.0f}")


        if __name__ == "__main__":
            main(sys.argv[1])
        """#
}
