/// Runs a `RegexProgram` over a text in one pass, all threads in step (a Pike VM without
/// captures): the work is at most the program's size per scalar, whatever the pattern, so no text
/// makes a match run long. It answers only whether a match occurs somewhere.
///
/// A matcher keeps its buffers between texts; make one per query, not per row.
final class RegexMatcher {
    private let code: FlatProgram
    private let anchoredAtStart: Bool
    /// Two thread lists, swapped at each scalar, and the stack for following splits and jumps.
    private let first: ThreadList
    private let second: ThreadList
    private let stack: UnsafeMutablePointer<Int32>

    /// A matcher for `program`.
    init(_ program: RegexProgram) {
        code = FlatProgram(program)
        anchoredAtStart = program.anchoredAtStart
        first = ThreadList(capacity: code.size)
        second = ThreadList(capacity: code.size)
        // Each place on a list pushes at most two others, and the first push is one more.
        stack = .allocate(capacity: 2 * code.size + 1)
    }

    deinit {
        code.deallocate()
        first.deallocate()
        second.deallocate()
        stack.deallocate()
    }

    /// Whether `text` holds a match.
    func matches(_ text: Substring.UnicodeScalarView) -> Bool {
        let code = code
        let stack = stack
        let anchoredAtStart = anchoredAtStart
        var current = first
        var next = second
        var iterator = text.makeIterator()
        var upcoming = iterator.next()
        current.count = 0
        if code.add(0, to: &current, stack: stack, previous: nil, next: upcoming) { return true }
        while let scalar = upcoming {
            let after = iterator.next()
            next.count = 0
            var index = 0
            while index < current.count {
                let place = Int(current.dense[index])
                index += 1
                if code.consumes(scalar, at: place),
                    code.add(place + 1, to: &next, stack: stack, previous: scalar, next: after)
                {
                    return true
                }
            }
            if !anchoredAtStart, code.add(0, to: &next, stack: stack, previous: scalar, next: after) { return true }
            swap(&current, &next)
            if current.count == 0, anchoredAtStart { return false }
            upcoming = after
        }
        return false
    }
}

/// A program laid out in flat buffers read through pointers: this loop is the whole cost of a
/// pattern with many threads, and debug builds check every array access.
private struct FlatProgram {
    enum Operation {
        case scalar, set, anyButNewline, split, jump, assertion, match
    }

    let size: Int
    let operations: UnsafeMutablePointer<Operation>
    /// A scalar's value, a set's or assertion's index, a jump's target or a split's first branch.
    let firsts: UnsafeMutablePointer<Int32>
    /// A split's second branch.
    let seconds: UnsafeMutablePointer<Int32>
    let sets: UnsafeMutablePointer<ScalarSet>
    let assertions: UnsafeMutablePointer<RegexAssertion>

    init(_ program: RegexProgram) {
        size = program.instructions.count
        operations = .allocate(capacity: size)
        firsts = .allocate(capacity: size)
        seconds = .allocate(capacity: size)
        sets = .allocate(capacity: program.sets.count)
        sets.initialize(from: program.sets, count: program.sets.count)
        var assertions: [RegexAssertion] = []
        for (place, instruction) in program.instructions.enumerated() {
            var operation = Operation.match
            var first = 0
            var second = 0
            switch instruction {
            case .scalar(let scalar): (operation, first) = (.scalar, Int(scalar.value))
            case .set(let index) where program.sets[index].isAnyButNewline: operation = .anyButNewline
            case .set(let index): (operation, first) = (.set, index)
            case .split(let one, let other): (operation, first, second) = (.split, one, other)
            case .jump(let target): (operation, first) = (.jump, target)
            case .assertion(let assertion):
                (operation, first) = (.assertion, assertions.count)
                assertions.append(assertion)
            case .match: operation = .match
            }
            (operations + place).initialize(to: operation)
            (firsts + place).initialize(to: Int32(truncatingIfNeeded: first))
            (seconds + place).initialize(to: Int32(truncatingIfNeeded: second))
        }
        self.assertions = .allocate(capacity: assertions.count)
        self.assertions.initialize(from: assertions, count: assertions.count)
        setCount = program.sets.count
        assertionCount = assertions.count
    }

    private let setCount: Int
    private let assertionCount: Int

    func deallocate() {
        operations.deallocate()
        firsts.deallocate()
        seconds.deallocate()
        sets.deinitialize(count: setCount).deallocate()
        assertions.deinitialize(count: assertionCount).deallocate()
    }

    /// Whether the thread at `place` takes `scalar`.
    func consumes(_ scalar: Unicode.Scalar, at place: Int) -> Bool {
        switch operations[place] {
        case .scalar: firsts[place] == Int32(bitPattern: scalar.value)
        case .anyButNewline: scalar != "\n"
        case .set: sets[Int(firsts[place])].contains(scalar)
        default: false
        }
    }

    /// Adds the thread at `start` and every place it reaches without consuming a scalar, at the
    /// position between `previous` and `next`; true when one of them is the match.
    func add(
        _ start: Int, to list: inout ThreadList, stack: UnsafeMutablePointer<Int32>,
        previous: Unicode.Scalar?, next: Unicode.Scalar?
    ) -> Bool {
        var depth = 1
        stack[0] = Int32(start)
        while depth > 0 {
            depth -= 1
            let place = Int(stack[depth])
            // The sparse set's insertion, written out: this is the innermost loop.
            let index = Int(list.sparse[place])
            if index < list.count, list.dense[index] == Int32(place) { continue }
            list.sparse[place] = Int32(list.count)
            list.dense[list.count] = Int32(place)
            list.count += 1
            switch operations[place] {
            case .match:
                return true
            case .jump:
                stack[depth] = firsts[place]
                depth += 1
            case .split:
                stack[depth] = seconds[place]
                stack[depth + 1] = firsts[place]
                depth += 2
            case .assertion:
                if assertions[Int(firsts[place])].holds(previous: previous, next: next) {
                    stack[depth] = Int32(place + 1)
                    depth += 1
                }
            default:
                break
            }
        }
        return false
    }
}

/// A set of program places in the order they were added, with constant-time insertion (in
/// `FlatProgram.add`) and clearing (a sparse set), in buffers the matcher frees.
private struct ThreadList {
    /// The places, in order.
    let dense: UnsafeMutablePointer<Int32>
    /// Each place's index in `dense`, when it is there.
    let sparse: UnsafeMutablePointer<Int32>
    var count = 0

    init(capacity: Int) {
        dense = .allocate(capacity: capacity)
        dense.initialize(repeating: 0, count: capacity)
        sparse = .allocate(capacity: capacity)
        sparse.initialize(repeating: 0, count: capacity)
    }

    func deallocate() {
        dense.deallocate()
        sparse.deallocate()
    }
}
