import Synchronization

/// The templates of one catalogue, each text split into its `Template` the first time its phrase is
/// shown: a run that shows a few texts splits those few, not the whole catalogue.
final class TemplateCache: Sendable {
    private let texts: [Phrase: String]
    private let templates = Mutex<[Phrase: Template]>([:])

    /// A cache of the templates of `texts`.
    init(_ texts: [Phrase: String]) {
        self.texts = texts
    }

    /// The template of `phrase`; nil when the catalogue has no text for it.
    func template(_ phrase: Phrase) -> Template? {
        if let template = templates.withLock({ $0[phrase] }) { return template }
        guard let text = texts[phrase] else { return nil }
        let template = Template(text)
        templates.withLock { $0[phrase] = template }
        return template
    }
}
