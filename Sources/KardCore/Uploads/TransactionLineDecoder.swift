import Foundation

/// Reads one line of an uploaded transaction file: a v2 transaction resource (`{"type", "id", "attributes"}`) as
/// JSON. Core does not know the wire format; the server supplies the decoder.
public protocol TransactionLineDecoder: Sendable {
    /// The event of a line, or why the line is not one.
    func decode(_ line: Data) -> Result<TransactionInput, TransactionLineFailure>
}
