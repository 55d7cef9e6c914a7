import ReportKit

/// The bundled seeds (`BundledSeeds.files`) as a corpus, made when tally was built: the SeedArchive
/// plugin runs the parser over them and compiles the archived corpus into this module, so the
/// default start-up reads columns instead of parsing reports.
public enum SeedCorpus {
    /// The corpus of the bundled seeds; nil only when the archive compiled in cannot be read (a
    /// build that went wrong), in which case the seeds can still be parsed.
    public static func corpus() -> Corpus? {
        try? Corpus(archive: seedCorpusArchive)
    }
}
