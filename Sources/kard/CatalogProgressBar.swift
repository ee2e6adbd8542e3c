import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Shows on standard error how far the check of a large catalog file has got: a bar redrawn at most ten times a
/// second when standard error is a terminal, otherwise one line per 10 %. Files of at most ``threshold`` records
/// show nothing.
final class CatalogProgressBar {
    /// The number of records above which progress is shown.
    static let threshold = 1000
    /// The width of the bar, in characters.
    static let width = 30

    private let isTerminal: Bool
    private let clock = ContinuousClock()
    private var lastDraw: ContinuousClock.Instant?
    private var lastTenth = -1
    private var drawn = false

    init(isTerminal: Bool = isatty(STDERR_FILENO) != 0) {
        self.isTerminal = isTerminal
    }

    /// Records that `processed` of `total` records were checked.
    func update(processed: Int, total: Int) {
        guard total > Self.threshold else { return }
        let percent = processed * 100 / total
        let counts = "\(percent)% (\(CatalogCommand.grouped(processed))/\(CatalogCommand.grouped(total)))"
        if self.isTerminal {
            let now = self.clock.now
            if processed < total, let lastDraw, now - lastDraw < .milliseconds(100) { return }
            self.lastDraw = now
            let filled = processed * Self.width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: Self.width - filled)
            self.write("\r[\(bar)] \(counts)")
            self.drawn = true
        } else {
            let tenth = processed * 10 / total
            guard tenth > self.lastTenth else { return }
            self.lastTenth = tenth
            self.write("Checked \(counts)\n")
        }
    }

    /// Ends the bar's line, if one was drawn.
    func finish() {
        if self.drawn {
            self.write("\n")
            self.drawn = false
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
