import ReportKit
import TallyQuery

/// Every word step mode says — on the screen, in the presenter's notes and in the transcript — in
/// English and in Chinese, kept together so they can move to a catalogue of translations.
struct StepText: Sendable {
    /// The languages of the walk's words.
    enum Language: Sendable, Equatable {
        case english
        case chinese
    }

    /// The language of these words.
    let language: Language

    /// The words of `options`' language.
    init(_ options: StepOptions) {
        language = options.chinese ? .chinese : .english
    }

    private var chinese: Bool { language == .chinese }

    // MARK: - On the screen

    /// The first lines of a walk: its title, if it has one, then
    /// `Stepping through tour.tally: 22 steps; Enter runs one, ? lists the keys.`
    func opening(path: String, title: String?, steps: Int) -> String {
        let line =
            chinese
            ? "逐步演示 \(path)：共 \(steps) 步。回车运行一步，? 列出按键。"
            : "Stepping through \(path): " + Plural.counted(steps, "step", "steps")
                + "; Enter runs one, ? lists the keys."
        return (title.map { $0 + "\n" } ?? "") + line
    }

    /// The rule above a step: `── step 3 of 22 · 合计按单位 ──`.
    func heading(number: Int, total: Int, title: String?) -> String {
        let step = chinese ? "第 \(number) 步，共 \(total) 步" : "step \(number) of \(total)"
        return "── " + step + (title.map { " · " + $0 } ?? "") + " ──"
    }

    /// The prompt the walk waits at: `step 3/22> `.
    func prompt(number: Int, total: Int) -> String {
        chinese ? "第 \(number)/\(total) 步> " : "step \(number)/\(total)> "
    }

    /// What `?` and `h` show.
    var keys: String {
        chinese
            ? """
            回车    运行这一步（打字开着时先把命令打出来）
            s       跳过这一步
            b       退回一步（状态回到那一步运行之前）
            数字    跳到那一步（中间各步的设置会悄悄补上）
            t       打字开/关：每按一个键打出命令的一个字（--typing 毫秒：定时打字）
            a       自动前进：每隔几秒运行一步（--auto 秒）；按任意键暂停
            q       结束演示
            ? 或 h  这份说明
            其他    当作你自己的命令运行，之后回到这一步
            """
            : """
            Enter   run the step (typed out first when typing is on)
            s       skip the step
            b       back one step (the state as it was before that step ran)
            N       jump to step N (the set-up of the steps between runs silently)
            t       typing on/off: each key types a character (--typing MS: one every MS ms)
            a       auto-advance: a step every few seconds (--auto SECONDS); any key pauses
            q       end the walk
            ? or h  this list
            other   runs as your own command; the walk then comes back to this step
            """
    }

    /// After the presenter's own command: `(back to step 3 of 22: compare 合肥, 安庆)`.
    func backTo(number: Int, total: Int, command: String) -> String {
        chinese ? "（回到第 \(number) 步，共 \(total) 步：\(command)）" : "(back to step \(number) of \(total): \(command))"
    }

    /// The error for a step number out of range.
    func noSuchStep(_ number: Int, total: Int) -> String {
        chinese
            ? "没有第 \(number) 步；步数从 1 到 \(total)"
            : "there is no step \(number); steps go from 1 to \(total)"
    }

    /// The error for `b` at the first step.
    var noStepBefore: String {
        chinese ? "这是第一步，前面没有步骤了" : "this is the first step; there is none before it"
    }

    /// `t` pressed: typing is now on or off.
    func typing(on: Bool, milliseconds: Int?) -> String {
        switch (on, milliseconds) {
        case (false, _): return chinese ? "（打字关：命令整条显示）" : "(typing off: commands are shown whole)"
        case (true, nil):
            return chinese
                ? "（打字开：回车开始打字，每按一个键出一个字，打完后回车运行；Esc 放弃）"
                : "(typing on: Enter starts, each key types a character, Enter runs; Esc gives up)"
        case (true, let milliseconds?):
            return chinese
                ? "（打字开：回车后每 \(milliseconds) 毫秒打出一个字，打完后回车运行；Esc 放弃）"
                : "(typing on: a character every \(milliseconds) ms after Enter; Enter runs; Esc gives up)"
        }
    }

    /// `a` pressed, or a key that paused auto-advance.
    func autoAdvance(on: Bool, seconds: Double) -> String {
        let interval = Self.seconds(seconds)
        return on
            ? (chinese
                ? "（自动前进：每 \(interval) 秒一步；按任意键暂停）" : "(auto-advance: a step every \(interval) s; any key pauses)")
            : (chinese ? "（自动前进已暂停；a 继续）" : "(auto-advance paused; a resumes)")
    }

    /// The last line of a walk that reached the end.
    func end(path: String) -> String {
        chinese ? "\(path) 演示完毕。" : "End of \(path)."
    }

    /// The last line of a walk that was ended early.
    func stopped(path: String) -> String {
        chinese ? "已停止逐步演示 \(path)。" : "Stopped stepping through \(path)."
    }

    // MARK: - The presenter's notes

    /// The top of the notes stream.
    func notesOpening(path: String, title: String?) -> String {
        (chinese ? "讲者备注：" : "Presenter notes: ") + path + (title.map { " — " + $0 } ?? "")
    }

    /// The error for `--notes` naming the script itself.
    func notesAreScript(_ path: String) -> String {
        chinese ? "--notes \(path) 会覆盖正在演示的脚本" : "--notes \(path) would overwrite the script being stepped through"
    }

    /// Before the command of a step in the notes: `command: …`.
    var notesCommand: String { chinese ? "命令：" : "command: " }

    /// Before the title of the step after this one in the notes: `next: …`.
    var notesNext: String { chinese ? "下一步：" : "next: " }

    /// The notes' line when the last step is shown.
    var notesLast: String { chinese ? "（这是最后一步）" : "(this is the last step)" }

    // MARK: - The transcript

    /// A step's heading in the transcript: `3. 合计按单位`, or `Step 3` without a title.
    func transcriptHeading(number: Int, title: String?) -> String {
        if let title { return "\(number). \(title)" }
        return chinese ? "第 \(number) 步" : "Step \(number)"
    }

    /// The line for steps that were skipped: `*Skipped: step 5 (比较).*`, `*Skipped: steps 5–9.*`.
    func skipped(first: Int, last: Int, title: String?) -> String {
        if first == last {
            let named = title.map { chinese ? "（\($0)）" : " (\($0))" } ?? ""
            return chinese ? "*跳过：第 \(first) 步\(named)。*" : "*Skipped: step \(first)\(named).*"
        }
        return chinese ? "*跳过：第 \(first)–\(last) 步。*" : "*Skipped: steps \(first)–\(last).*"
    }

    /// Under a Markdown table that shows only some rows: `*40 of 1,020 rows shown.*`.
    func rowsShown(total: Int, shown: Int) -> String {
        let all = HumanNumber.grouped(Double(total))
        let some = HumanNumber.grouped(Double(shown))
        return chinese ? "*共 \(all) 行，显示了 \(some) 行。*" : "*\(some) of \(all) rows shown.*"
    }

    /// Before a command the presenter typed, in a transcript that keeps them.
    var presenterCommand: String { chinese ? "*讲者输入的命令：*" : "*Presenter's command:*" }

    /// The last line of the transcript of a walk ended early.
    func transcriptStopped(number: Int, total: Int) -> String {
        chinese ? "*演示停在第 \(number) 步（共 \(total) 步）。*" : "*The walk stopped at step \(number) of \(total).*"
    }

    /// `1.5`, `2`: seconds without a trailing `.0`.
    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}
