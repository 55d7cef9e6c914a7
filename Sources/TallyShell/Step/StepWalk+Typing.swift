import Foundation
import ReportKit

/// Simulated typing and auto-advance: the two things the walk does key by key or by the clock.
extension StepWalk {
    /// Types `command` out after the prompt and waits for Enter to run it; false when the presenter
    /// gave up (Esc, Ctrl-C or the end of the input) and the command is not to run.
    ///
    /// Driven by keys, each key types the next character and Enter types the rest; timed
    /// (`--typing MS`, or during auto-advance), a character comes every interval and any key but
    /// Enter (the rest at once) and Esc types one more.
    func typeOut(_ command: String) -> Bool {
        let style = shell.style
        let characters = Array(command)
        shell.write(style.apply(.accent, "tally> "))
        func type(_ range: Range<Int>) {
            let text = characters[range].map { $0 == "\n" ? "\n  ...> " : TerminalText.shown(String($0)) }.joined()
            shell.write(style.apply(.accent, text))
        }
        guard let keys else {
            type(0..<characters.count)
            shell.write("\n")
            return true
        }
        let pace =
            options.typingMilliseconds ?? (autoAdvance ? StepOptions.defaultTypingMilliseconds : nil)
        return keys.readingKeys {
            var typed = 0
            var inputEnded = false
            while typed < characters.count {
                let key: KeyPress
                if inputEnded, let pace {
                    Thread.sleep(forTimeInterval: Double(pace) / 1000)
                    key = .timedOut
                } else {
                    key = keys.readKey(timeout: pace.map { .milliseconds($0) })
                }
                switch key {
                case .other, .timedOut:
                    type(typed..<typed + 1)
                    typed += 1
                case .enter:
                    type(typed..<characters.count)
                    typed = characters.count
                case .escape, .interrupt:
                    shell.write("\n")
                    return false
                case .endOfInput:
                    guard pace != nil else {
                        shell.write("\n")
                        return false
                    }
                    inputEnded = true
                }
            }
            if autoAdvance || inputEnded {
                shell.write("\n")
                return true
            }
            while true {
                switch keys.readKey(timeout: nil) {
                case .enter:
                    shell.write("\n")
                    return true
                case .escape, .interrupt, .endOfInput:
                    shell.write("\n")
                    return false
                case .other, .timedOut:
                    continue
                }
            }
        }
    }

    /// One step of auto-advance: waits the interval (a key pauses auto-advance instead), then runs
    /// the step shown, typed out when typing is on, and moves on.
    func advanceAutomatically() {
        guard waitUndisturbed(seconds: autoSeconds) else {
            autoAdvance = false
            say(texts.autoAdvance(on: false, seconds: autoSeconds))
            return
        }
        if typing && !typeOut(steps[index].command.text) {
            autoAdvance = false
            say(texts.autoAdvance(on: false, seconds: autoSeconds))
            return
        }
        runStep()
        advance(ran: true)
    }

    /// Waits `seconds`; false as soon as a key is pressed. The end of the input is no key.
    private func waitUndisturbed(seconds: Double) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int(seconds * 1000))
        guard let keys else {
            Thread.sleep(forTimeInterval: seconds)
            return true
        }
        return keys.readingKeys {
            while clock.now < deadline {
                switch keys.readKey(timeout: deadline - clock.now) {
                case .timedOut: return true
                case .endOfInput:
                    Thread.sleep(forTimeInterval: Double(TerminalKeys.milliseconds(deadline - clock.now)) / 1000)
                    return true
                case .enter, .escape, .interrupt, .other: return false
                }
            }
            return true
        }
    }
}
