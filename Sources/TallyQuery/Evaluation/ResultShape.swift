/// How a pipeline's result is laid out when it is shown.
enum ResultShape {
    /// A table of rows.
    case table
    /// A bar chart (a table in machine formats).
    case chart
    /// Sentences with the search terms highlighted.
    case hits(terms: [String])
}
