/// A measure as the scanner finds it in one sentence, before it joins the corpus.
struct ScannedMeasure: Sendable {
    /// The figure: value in base units, range high, unit and approximation.
    var quantity: Quantity
    /// A level or a change, its basis, period and target flag, and whether the unit was inferred.
    var details = MeasureDetails()
    /// Byte offsets of the raw text, approximation words included (`超过3300人次`).
    var rawStart: Int
    var rawEnd: Int
    /// Byte offsets of the number itself and of the end of its unit.
    var numberStart: Int
    var unitEnd: Int
    /// What is measured, as a short noun phrase.
    var subject: String = ""
    /// For a breakdown part (其中…), the index of its total among the same sentence's measures.
    var partOf: Int? = nil
}
