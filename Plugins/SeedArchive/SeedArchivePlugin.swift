import Foundation
import PackagePlugin

/// Archives the bundled seeds for the target it is applied to: runs `tally-seed-archiver` (the real
/// parser over `BundledSeeds.files`) and compiles the corpus it writes into the target, so tally
/// starts without parsing them. The archive is made again whenever the archiver changes — that is,
/// whenever the parser or the seeds do — so it cannot fall behind either.
@main
struct SeedArchivePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let archiver = try context.tool(named: "tally-seed-archiver")
        let output = context.pluginWorkDirectoryURL.appending(path: "SeedArchive.swift")
        return [
            .buildCommand(
                displayName: "Archiving the bundled seeds for \(target.name)",
                executable: archiver.url, arguments: [output.path], inputFiles: [archiver.url],
                outputFiles: [output])
        ]
    }
}
